import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadRestorer } from "../src/ingest/restorer.js";
import { memoryLog, SEEDS_DIR } from "./helpers/bot-env.js";
import { startFakeZalo } from "./helpers/fake-zalo.js";

/**
 * Stand-ins on Zalo, where there are no deep links: the focal point gets the code to forward as
 * "/start <code>", the deputy types it, both are told (the focal point's notice goes out through the
 * Zalo API right away), the deputy reports for the agency, and a cancelled leave ends that.
 */
const TOKEN = "555:zalo-stand-in";
const SECRET = "zalo-stand-in-secret";
const ADMIN = "z-thu-ky";
const FOCAL = "z-dau-moi";
const DEPUTY = "z-nguoi-thay";

const PLAN = [
  "UBND HUYỆN THỬ NGHIỆM", "Số: 32/KH-UBND", "Thử Nghiệm, ngày 05 tháng 01 năm 2030", "", "KẾ HOẠCH", "Chuyển đổi số năm 2030", "",
  "I. TỔ CHỨC THỰC HIỆN",
  "1. Phòng Văn hóa và Thông tin hướng dẫn các xã lập trang thông tin điện tử.",
].join("\n");

describe("stand-ins on Zalo", () => {
  let zalo: Awaited<ReturnType<typeof startFakeZalo>>;
  let server: ServerType;
  let base = "";
  let n = 0;

  beforeAll(async () => {
    zalo = await startFakeZalo(TOKEN);
    const client = await openLibsqlClient(":memory:");
    const deps = createDeps(client, memoryLog().log, { admins: [`zalo:${ADMIN}`], zalo: { token: TOKEN, apiRoot: zalo.apiRoot, webhookSecret: SECRET }, sleep: async () => {} });
    await migrateDatabase(deps.db);
    await createPlanImporter({ db: deps.db, restorer: await loadRestorer(SEEDS_DIR) }).importText(PLAN, "thu-nghiem-2.txt");
    server = await new Promise((resolve) => {
      const s = serve({ fetch: deps.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }, 60_000);
  afterAll(() => {
    server?.close();
    zalo?.stop();
  });

  const sentTo = (who: string) => zalo.sent.filter((s) => s.chat_id === who).map((s) => s.text);
  async function say(from: string, name: string, text: string): Promise<string> {
    const before = sentTo(from).length;
    const event = { event_name: "message.text.received", message: { message_id: `s${++n}`, from: { id: from, display_name: name }, chat: { id: from, chat_type: "PRIVATE" }, date: Date.now(), text } };
    const res = await fetch(`${base}/zalo/webhook`, { method: "POST", headers: { "content-type": "application/json", "x-bot-api-secret-token": SECRET }, body: JSON.stringify(event) });
    expect(res.status).toBe(200);
    return sentTo(from).slice(before).join("\n");
  }
  async function nextMessageTo(who: string, before: number): Promise<string> {
    for (let i = 0; i < 100 && sentTo(who).length <= before; i++) await new Promise((r) => setTimeout(r, 50));
    return sentTo(who).slice(before).join("\n");
  }

  it("gives the code as a command to type, binds the deputy, tells the focal point, and ends on cancel", async () => {
    const invite = await say(ADMIN, "Thư ký", "/moi Phòng Văn hóa và Thông tin");
    expect(await say(FOCAL, "Hà", `/start ${/\/start (\S+)/.exec(invite)![1]}`)).toContain("đầu mối của Phòng Văn hóa và Thông tin");

    const created = await say(FOCAL, "Hà", "/nghi hôm nay");
    expect(created).toContain("Đã ghi lịch nghỉ của bạn (Phòng Văn hóa và Thông tin)");
    expect(created).not.toContain("http");
    const code = /gõ cho bot: \/start ([a-z2-7]{16})/.exec(created)![1]!;

    expect(await say(DEPUTY, "Quang", "/capnhat")).toContain("chưa là đầu mối");
    const before = sentTo(FOCAL).length;
    expect(await say(DEPUTY, "Quang", `/start ${code}`)).toContain("Bạn nhận thay Hà làm đầu mối của Phòng Văn hóa và Thông tin");
    expect(await nextMessageTo(FOCAL, before)).toContain("Quang đã nhận thay bạn");
    // No buttons on Zalo: the task list is numbered; the report is the deputy's, for the agency.
    expect(await say(DEPUTY, "Quang", "/capnhat 1 đang làm: đã hướng dẫn 3 xã")).toContain("Người báo cáo: Quang (Phòng Văn hóa và Thông tin)");

    const deputyBefore = sentTo(DEPUTY).length;
    expect(await say(FOCAL, "Hà", "/nghi hủy")).toContain("Quang không còn báo cáo thay");
    expect(await nextMessageTo(DEPUTY, deputyBefore)).toContain("Hà đã hủy lịch nghỉ");
    expect(await say(DEPUTY, "Quang", "/capnhat 1 xong: xong")).toContain("chưa là đầu mối");
  });
});
