import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBotEnv } from "./helpers/bot-env.js";

/**
 * Questions over a plan written here in the genre's pattern, imported into an empty deployment: what the
 * answers do on a plan nobody tuned them for. The plan's facts are invented.
 */
const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN SƠN HÀ
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Hà, ngày 12 tháng 02 năm 2026

KẾ HOẠCH
Phát triển thư viện cộng đồng trên địa bàn huyện năm 2026

Căn cứ Thông tư số
07/2024/TT-BVHTTDL ngày 05 tháng 8 năm 2024 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch hướng dẫn về thư viện cộng đồng;
Căn cứ Kế hoạch số 31/KH-UBND ngày 20/01/2026 của UBND tỉnh về phát triển văn hóa đọc;
Thực hiện Chỉ thị số 05-CT/TU ngày 10/01/2026 của Tỉnh ủy về văn hóa đọc,
Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
Phát triển mạng lưới thư viện cộng đồng, nâng cao văn hóa đọc trong nhân dân. Hưởng ứng phong trào thi đua "Sách hay cho mọi nhà" trong các thôn.
Phấn đấu đến năm 2030, 60% số thôn có phòng đọc cộng đồng; 90% trường học có tủ sách dùng chung.

II. NHIỆM VỤ
1. Về bảo quản tài liệu quý
a) Nhiệm vụ: Số hóa sách cổ, lập danh mục tài liệu địa chí, lắp đặt hệ thống phòng cháy cho kho sách.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.
- Đơn vị phối hợp: Công an huyện.
2. Mở phòng đọc tại các thôn
Bố trí phòng đọc tại nhà văn hóa thôn, vận động người dân góp sách.

3. Ứng dụng công nghệ trong thư viện
- Xây dựng phần mềm mượn sách trực tuyến.
Đơn vị chủ trì: Phòng Văn hóa và Thông tin.
Thời gian thực hiện: Thường xuyên.
- Khai trương thư viện số của huyện.
Đơn vị chủ trì: Phòng Văn hóa và Thông tin.
Thời gian thực hiện: Tháng 9/2026.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin
Chủ trì theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 10/12/2026.
2. Phòng Tài chính - Kế hoạch
Tham mưu bố trí kinh phí thực hiện Kế hoạch từ ngân sách huyện và nguồn xã hội hóa.
3. Ủy ban nhân dân các xã
- Bố trí phòng đọc tại nhà văn hóa thôn, vận động người dân góp sách cho tủ sách cộng đồng; tổ chức ngày hội đọc sách vào dịp hè cho học sinh, mời các nhà văn, nhà giáo tham gia giao lưu cùng các em.
- Hướng dẫn các thôn lập sổ theo dõi mượn, trả sách, bảo quản tài liệu; huy động nguồn xã hội hóa để bổ sung sách mới mỗi năm.
- Tổng hợp, báo cáo kết quả gửi về Phòng Văn hóa và Thông tin trước ngày 20/11 hằng năm.

Trên đây là Kế hoạch phát triển thư viện cộng đồng năm 2026. Định kỳ hằng năm (trước ngày 25 tháng 11) các đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân huyện.
Kế hoạch này thay thế Kế hoạch số 14/KH-UBND ngày 03/3/2023 của Ủy ban nhân dân huyện.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Tâm
`;

/** A second plan of the same district, whose title shares words with questions about the first. */
const SECOND = `ỦY BAN NHÂN DÂN
HUYỆN SƠN HÀ
Số: 90/KH-UBND
Sơn Hà, ngày 20 tháng 02 năm 2026

KẾ HOẠCH
Phát động phong trào thi đua xây dựng nông thôn mới năm 2026

I. MỤC ĐÍCH
Động viên các xã thi đua xây dựng nông thôn mới, làm đường giao thông, kênh mương nội đồng.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Nông nghiệp và Môi trường
Chủ trì theo dõi phong trào, báo cáo Ủy ban nhân dân huyện trước ngày 05/12/2026.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Văn Tâm
`;

describe("answers over a plan nobody tuned them for", () => {
  let env: Awaited<ReturnType<typeof createBotEnv>>;
  let n = 0;
  beforeAll(async () => {
    env = await createBotEnv({ seed: false });
    const result = await env.importer.importText(PLAN, "son-ha-88.txt");
    expect(result.status).toBe("created");
    expect((await env.importer.importText(SECOND, "son-ha-90.txt")).status).toBe("created");
  });
  afterAll(() => env?.client.close());

  async function ask(q: string, today = "2026-03-01") {
    const replies = await env.core.handle(
      { channel: "web", chatId: `unseen-${++n}`, chatKind: "private", senderId: `unseen-${n}`, text: q, messageId: String(n), receivedAt: new Date() },
      { today },
    );
    return replies.map((r) => r.text).join("\n");
  }

  describe("what the plan is based on, carries out and replaces: its preamble and closing, quoted", () => {
    it("names a circular with its number, date and ministry", async () => {
      const answer = await ask("kế hoạch 88 căn cứ thông tư nào?");
      expect(answer).toMatch(/^KH 88\/KH-UBND .* căn cứ:\n\n• Căn cứ Thông tư số 07\/2024\/TT-BVHTTDL ngày 05 tháng 8 năm 2024 của Bộ trưởng Bộ Văn hóa/);
      expect(answer).toContain("31/KH-UBND ngày 20/01/2026");
    });

    it("answers without diacritics and in English", async () => {
      expect(await ask("ke hoach 88 can cu van ban nao")).toContain("07/2024/TT-BVHTTDL");
      expect(await ask("what is plan 88 based on?")).toMatch(/^KH 88\/KH-UBND .* is based on .*:\n\n• Căn cứ Thông tư số 07\/2024/);
    });

    it("says who issued it, however the question names the body or its level", async () => {
      const said = "KH 88/KH-UBND do UBND huyện Sơn Hà ban hành ngày 12/02/2026";
      expect(await ask("kế hoạch 88 do cơ quan nào ban hành?")).toContain(said);
      expect(await ask("ke hoach 88 cua huyen nao")).toContain(said);
      expect(await ask("who issued plan 88?")).toContain("KH 88/KH-UBND was issued by UBND huyện Sơn Hà on 12/02/2026");
    });

    it("lists the agencies a plan gives work to, with their roles, and counts its tasks", async () => {
      const roster = await ask("những cơ quan nào tham gia kế hoạch 88?");
      expect(roster).toMatch(/^KH 88\/KH-UBND \(UBND huyện Sơn Hà\) giao việc cho \d+ cơ quan, đơn vị/);
      expect(roster).toMatch(/• Phòng Văn hóa và Thông tin — chủ trì \d/);
      expect(roster).toMatch(/• Công an[^\n]* — [^\n]*phối hợp 1/);
      expect(await ask("which agencies are involved in plan 88?")).toMatch(/• Phòng Văn hóa và Thông tin — lead \d/);
      const tasks = await ask("ke hoach 88 co may nhiem vu");
      expect(tasks).toMatch(/^KH 88\/KH-UBND \(UBND huyện Sơn Hà\) có \d+ nhiệm vụ/);
      expect(tasks).toContain("• II.1. Về bảo quản tài liệu quý");
      expect(`${roster}\n${tasks}`).not.toContain("• •");
      expect(await ask("how many tasks does plan 88 have?")).toMatch(/has \d+ tasks/);
      // Its outline: the plan's card with its parts, however it is asked.
      for (const q of ["kế hoạch 88 có những mục nào?", "tom tat ke hoach 88", "what is plan 88 about?"]) {
        expect(await ask(q)).toMatch(/^KH 88\/KH-UBND \(UBND huyện Sơn Hà\)\n[^]*II\. NHIỆM VỤ/);
      }
    });

    it("says how often reports are due as the plan's rules, the communes' duties asked in English, the next report", async () => {
      const often = await ask("bao lâu báo cáo một lần?");
      expect(often).toMatch(/^Hạn theo kế hoạch \(\d+\):\n\n• Hằng năm, trước ngày/);
      expect(await ask("what must the communes do in plan 88?")).toMatch(/^Ủy ban nhân dân cấp xã (?:in )?\(?KH 88\/KH-UBND/);
      const next = await ask("when is the next report due?", "2026-11-15");
      expect(next).not.toContain('"next"');
      expect(next).toContain("20/11/2026");
    });

    it("lists the deadlines a named plan sets when no period is asked, and says when it sets none", async () => {
      for (const q of ["kế hoạch 88 có hạn nào?", "cac moc thoi gian cua ke hoach 88", "what is the timeline of plan 88?"]) {
        const answer = await ask(q);
        expect(answer).toMatch(/^(?:Hạn theo kế hoạch|Deadlines the plan sets) \(\d+\):/);
        expect(answer).toContain("10/12/2026");
      }
      // "Các" alone is no agency a question names.
      expect(await ask("các mốc thời gian của kế hoạch 88")).not.toMatch(/ghi riêng cho/);
    });

    it("says when it takes effect: its date of issue, when it names no other", async () => {
      expect(await ask("kế hoạch 88 có hiệu lực từ khi nào?")).toBe("KH 88/KH-UBND (UBND huyện Sơn Hà) không ghi ngày có hiệu lực riêng; văn bản ban hành ngày 12/02/2026.");
    });

    it("lists what it carries out after what it is based on, and the reverse", async () => {
      const basis = await ask("kế hoạch 88 căn cứ văn bản nào?");
      expect(basis).toMatch(/• Căn cứ Thông tư[^•]*• Căn cứ Kế hoạch số 31[^•]*• Thực hiện Chỉ thị số 05-CT\/TU/);
      const carries = await ask("kế hoạch 88 thực hiện chỉ thị nào?");
      expect(carries).toMatch(/^KH 88\/KH-UBND .* thực hiện:\n\n• Thực hiện Chỉ thị số 05-CT\/TU ngày 10\/01\/2026 của Tỉnh ủy/);
    });

    it("says what it replaces from its closing", async () => {
      expect(await ask("kế hoạch 88 thay thế kế hoạch nào?")).toMatch(/thay thế \/ bãi bỏ:\n\n• Kế hoạch này thay thế Kế hoạch số 14\/KH-UBND ngày 03\/3\/2023/);
    });
  });

  describe("an agency's duties, whole", () => {
    it("shows the task a role line gives, not only its heading", async () => {
      const answer = await ask("Phòng Văn hóa và Thông tin chủ trì nhiệm vụ gì trong kế hoạch 88?");
      expect(answer).toContain("Số hóa sách cổ");
      expect(answer).toContain("lắp đặt hệ thống phòng cháy");
    });

    it("keeps an item's last line: whom the commune reports to", async () => {
      const answer = await ask("UBND các xã làm gì trong kế hoạch 88?");
      expect(answer).toContain("phòng đọc tại nhà văn hóa thôn");
      expect(answer).toContain("gửi về Phòng Văn hóa và Thông tin");
    });
  });
  describe("who does a piece of work, found by its rarer words", () => {
    it("names the partner a role line gives, for work its task describes", async () => {
      const answer = await ask("ai phối hợp số hóa sách cổ?");
      expect(answer).toMatch(/^Phối hợp "số hóa sách[^"]*" \(1\):\n\n• Công an — \[Phối hợp\]/);
    });

    it("says nobody leads work only given to the communes, then who is given it", async () => {
      const answer = await ask("ai chủ trì tổ chức ngày hội đọc sách cho học sinh?");
      expect(answer).toMatch(/^Không thấy cơ quan nào được giao chủ trì .*Cơ quan được giao việc này \(1\):\n\n• Ủy ban nhân dân cấp xã — \[Được giao\]/);
    });

    it("answers in English, the work in the plans' words", async () => {
      expect(await ask("who works with the culture office on digitising old books?")).toContain("Công an — [Support]");
    });
  });
  describe("deadlines as the plan sets them", () => {
    it("finds the day a commune reports to the office that receives the report", async () => {
      const answer = await ask("các xã gửi báo cáo về Phòng Văn hóa và Thông tin trước ngày nào?");
      expect(answer).toMatch(/^Hạn theo kế hoạch \(\d\):\n\n• Hằng năm, trước ngày 20\/11 — /);
    });

    it("reads a deadline the closing paragraph sets, asked in English", async () => {
      expect(await ask("when is the yearly report of plan 88 due?", "2026-03-01")).toContain("25/11");
    });

    it("names the activity a time line belongs to, not only its item's title", async () => {
      const answer = await ask("tháng 9 năm 2026 kế hoạch 88 có gì đến hạn?");
      expect(answer).toContain("Khai trương thư viện số");
      expect(answer).not.toContain("phần mềm mượn sách");
    });
  });
  describe("targets and passages, said in other words", () => {
    it("reads a period of years as any of them: a target for its last year", async () => {
      const answer = await ask("Sơn Hà phấn đấu bao nhiêu phần trăm thôn có phòng đọc giai đoạn 2026-2030?");
      expect(answer).toMatch(/60 ?%/);
      expect(answer).not.toContain("Không tìm thấy");
    });

    it("looks beyond the plan a title's words picked when the answer is in the place's other plan", async () => {
      const answer = await ask("phong trao thi dua ve sach o Son Ha ten la gi");
      expect(answer).toContain("Sách hay cho mọi nhà");
    });

    it("finds what the question asks of a plan named by its title: where the money comes from", async () => {
      const answer = await ask("kế hoạch thư viện cộng đồng lấy kinh phí ở đâu?");
      expect(answer).toContain("ngân sách huyện và nguồn xã hội hóa");
    });
  });
});
