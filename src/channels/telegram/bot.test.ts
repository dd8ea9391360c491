import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createBotEnv } from "../../../test/helpers/bot-env.js";
import { BOT } from "../../../test/helpers/telegram-harness.js";
import { createTelegramBot } from "./bot.js";
import { splitMessage } from "../shared.js";

/** grammY's transformer stands in for the Bot API: every outgoing call is captured, none leaves the process. */
async function botWithCapturedApi(refuse: string[] = []) {
  const env = await createBotEnv();
  const calls: Array<{ method: string; payload: Record<string, unknown> }> = [];
  const telegram = createTelegramBot({ token: "1:x", core: env.core, inbound: env.inbound, log: (level, message, extra) => void env.logLines.push({ level, message, extra }), botInfo: BOT });
  let id = 1;
  telegram.bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, unknown> });
    if (refuse.includes(method)) return { ok: false, error_code: 404, description: `Not Found: method ${method}` } as never;
    return { ok: true, result: method === "sendMessage" ? { message_id: id++, date: 0, chat: { id: 1, type: "private" }, text: "" } : true } as never;
  });
  return { env, telegram, calls };
}

const update = (text: string, n: number): Update =>
  ({ update_id: n, message: { message_id: n, date: 0, chat: { id: 42, type: "private" }, from: { id: 42, is_bot: false, first_name: "A" }, text } }) as Update;

describe("Telegram adapter (unit, grammY transformer)", () => {
  it("logs a refused setMyCommands and goes on", async () => {
    const { env, telegram, calls } = await botWithCapturedApi(["setMyCommands"]);
    await telegram.setCommands();
    expect(calls.filter((c) => c.method === "setMyCommands")).toHaveLength(2);
    expect(env.logLines.some((l) => l.message === "setMyCommands refused")).toBe(true);
    await telegram.bot.handleUpdate(update("kế hoạch", 1));
    expect(calls.some((c) => c.method === "sendMessage" && String(c.payload.text).includes("Có 5 kế hoạch"))).toBe(true);
  });

  it("escapes plan and user text in HTML replies", async () => {
    const { telegram, calls } = await botWithCapturedApi();
    await telegram.send(42, { text: "a < b & <b>c</b>" });
    expect(calls.at(-1)!.payload).toMatchObject({ text: "a &lt; b &amp; &lt;b&gt;c&lt;/b&gt;", parse_mode: "HTML" });
  });

  it("answers politely and logs the update id when handling fails, then keeps serving", async () => {
    const { env, telegram, calls } = await botWithCapturedApi();
    env.client.close(); // the database goes away mid-flight
    await telegram.bot.handleUpdate(update("kế hoạch", 99));
    expect(env.logLines.find((l) => l.message === "telegram update failed")?.extra).toMatchObject({ updateId: 99 });
    expect(String(calls.at(-1)!.payload.text)).toContain("Xin lỗi");
    await telegram.bot.handleUpdate(update("kế hoạch", 100));
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(2);
  });

  it("handles the same update id once", async () => {
    const { telegram, calls } = await botWithCapturedApi();
    await telegram.bot.handleUpdate(update("kế hoạch", 7));
    await telegram.bot.handleUpdate(update("kế hoạch", 7));
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it("splits long replies at line boundaries under 4,096 characters, buttons on the last part", async () => {
    const { telegram, calls } = await botWithCapturedApi();
    const text = Array.from({ length: 300 }, (_, i) => `Dòng ${i}: ${"x".repeat(30)}`).join("\n");
    await telegram.send(42, { text, choices: [{ label: "Một", value: "/capnhat #t:1" }] });
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent.length).toBeGreaterThan(1);
    for (const c of sent) expect(String(c.payload.text).length).toBeLessThanOrEqual(4096);
    expect(sent.map((c) => String(c.payload.text)).join("\n")).toBe(text);
    expect(sent.at(-1)!.payload.reply_markup).toBeDefined();
    expect(sent[0]!.payload.reply_markup).toBeUndefined();
    expect(splitMessage("a\nb", 4096)).toEqual(["a\nb"]);
  });
});
