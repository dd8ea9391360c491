import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createBotEnv } from "./helpers/bot-env.js";

describe("job registry", () => {
  it("has exactly the crons wrangler.toml declares, so Workers run what Node runs", async () => {
    const env = await createBotEnv({ seed: false });
    const toml = await readFile("wrangler.toml", "utf8");
    const declared = JSON.parse(/^crons\s*=\s*(\[.*\])\s*$/m.exec(toml)![1]!) as string[];
    expect([...new Set(env.jobs.map((j) => j.cron))].sort()).toEqual([...declared].sort());
    env.client.close();
  });
});
