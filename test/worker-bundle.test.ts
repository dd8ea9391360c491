import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { withTempDir } from "./helpers/bot-env.js";

describe("the Worker bundle", () => {
  it("builds with wrangler and stays under 1 MiB gzipped", { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      await new Promise<void>((resolve, reject) =>
        execFile("npx", ["wrangler", "deploy", "--dry-run", "--outdir", dir], { env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } }, (error, _out, err) =>
          error ? reject(new Error(err)) : resolve(),
        ),
      );
      const bundle = await readFile(join(dir, "worker.js"));
      expect(gzipSync(bundle).length).toBeLessThan(1024 * 1024);
      // Node-only pieces (the importer, the OCR restorer, the file migrator) stay out of the Worker.
      expect(bundle.toString()).not.toContain("dictionary-vi");
    });
  });
});
