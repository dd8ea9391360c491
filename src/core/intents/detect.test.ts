import { describe, expect, it } from "vitest";
import { detectIntent } from "./detect.js";

describe("what a question asks", () => {
  it.each([
    ["tháng này có gì đến hạn?", "due"],
    ["thang nay co gi den han", "due"],
    ["what is due this month?", "due"],
    ["hạn báo cáo quý 4", "due"],
    ["việc nào quá hạn?", "due"],
    ["tháng này có việc gì?", "due"],
    ["tháng này phải làm việc gì?", "due"],
    ["lịch báo cáo", "due"],
    ["Đoàn Thanh niên phối hợp việc gì?", "agency"],
    ["Phòng Y tế chủ trì việc gì", "agency"],
    ["phát triển du lịch cộng đồng", "search"],
    ["related targets", "targets"],
    ["chỉ tiêu suy dinh dưỡng năm 2025?", "targets"],
    ["tỷ lệ bỏ học", "targets"],
    ["malnutrition targets", "targets"],
    ["Phòng Y tế được giao gì?", "agency"],
    ["cong an huyen phai lam gi", "agency"],
    ["nhiệm vụ của Mặt trận Tổ quốc", "agency"],
    ["what is the police assigned?", "agency"],
    ["ai chủ trì tuyên truyền?", "who_leads"],
    ["who leads communication?", "who_leads"],
    ["ai phối hợp tuyên truyền?", "who_leads"],
    ["kế hoạch", "plans"],
    ["co nhung ke hoach nao", "plans"],
    ["which plans are there?", "plans"],
    ["kế hoạch 273", "plan"],
    ["mục II của kế hoạch 273", "section"],
    ["ke hoach 273 muc IV.2 noi gi", "section"],
    ["ai ký kế hoạch 224?", "plan"],
    ["trợ giúp", "help"],
    ["/help", "help"],
    ["?", "help"],
    ["Xin chào!", "help"],
    ["chao ban", "help"],
    ["Hello", "help"],
    ["chào mừng ngày Quốc tế Thiếu nhi", "search"],
    ["thêm", "more"],
    ["cảm ơn bạn nhiều", "thanks"],
    ["ok", "thanks"],
    ["Phòng Y tế được giao gì ạ?", "agency"],
    ["cho em hỏi tháng này có gì đến hạn ạ", "due"],
    ["cho tôi xem kế hoạch 273 nhé", "plan"],
    ["anh ơi", "help"],
    ["khi nào nộp báo cáo sơ kết?", "due"],
    ["when is the annual report due?", "due"],
    ["đuối nước", "search"],
    ["", "empty"],
  ])("%s → %s", (question, kind) => {
    expect(detectIntent(question).kind).toBe(kind);
  });

  it("marks overdue questions and keeps the agency phrase and the topic", () => {
    expect(detectIntent("việc nào quá hạn?")).toEqual({ kind: "due", overdue: true });
    // "hết hạn" is past its deadline; "sắp hết hạn" is about to be.
    expect(detectIntent("việc nào đã hết hạn?")).toEqual({ kind: "due", overdue: true });
    expect(detectIntent("kế hoạch nào sắp hết hạn")).toEqual({ kind: "due", overdue: false });
    // Whose plan, then what about it: its deadlines, not the list of plans.
    expect(detectIntent("kế hoạch của Mường Ảng có gì quá hạn")).toEqual({ kind: "due", overdue: true });
    expect(detectIntent("Phòng Y tế được giao gì?")).toEqual({ kind: "agency", phrase: "phong y te" });
    expect(detectIntent("ai chủ trì tuyên truyền?")).toEqual({ kind: "who_leads", topic: "tuyen truyen", asTyped: "tuyên truyền", role: "lead" });
    expect(detectIntent("ai phối hợp tuyên truyền?")).toEqual({ kind: "who_leads", topic: "tuyen truyen", asTyped: "tuyên truyền", role: "support" });
    expect(detectIntent("Ai chủ trì phòng, chống đuối nước?")).toMatchObject({ topic: "phong chong duoi nuoc", asTyped: "phòng, chống đuối nước" });
    expect(detectIntent("mục ii.5 của kế hoạch 2021")).toEqual({ kind: "section", plan: "2021", section: "II.5" });
    // Courtesy is not part of the topic.
    expect(detectIntent("ai chủ trì tuyên truyền ạ?")).toMatchObject({ topic: "tuyen truyen", asTyped: "tuyên truyền" });
  });
});
