import { describe, expect, it } from "vitest";
import { vietnameseKey } from "../i18n/glossary.js";
import { deadlineAbout, deadlineTopic as topicOfFolded } from "./due-topic.js";

const deadlineTopic = (question: string) => topicOfFolded(vietnameseKey(question));

describe("which deadline a 'when' question asks about", () => {
  it("reads how often as a kind of deadline, and other words as its topic", () => {
    expect(deadlineTopic("Hạn báo cáo 6 tháng là khi nào?")).toMatchObject({ kind: "semiannual", words: [] });
    expect(deadlineTopic("khi nào nộp báo cáo hằng năm")).toMatchObject({ kind: "annual", words: [] });
    expect(deadlineTopic("when is the quarterly report due?")).toMatchObject({ kind: "quarterly", words: [] });
    expect(deadlineTopic("khi nào nộp báo cáo sơ kết")).toEqual({ words: ["so", "ket"], said: "so ket" });
  });

  it("asks nothing of a kind when the question names no deadline or does not ask when", () => {
    expect(deadlineTopic("khi nào đến hạn?")).toBeNull();
    expect(deadlineTopic("tháng này có gì đến hạn")).toBeNull();
    expect(deadlineTopic("kế hoạch 273 khi nào phải báo cáo")).toBeNull();
  });

  it("matches a short topic as a phrase, not as words scattered through the deadline", () => {
    const deadline = { kind: "annual", what: "báo cáo kết quả thực hiện Chỉ thị số 28-CT/TW", quote: "" };
    expect(deadlineAbout(deadline, deadlineTopic("khi nào nộp báo cáo sơ kết")!)).toBe(false);
    expect(deadlineAbout(deadline, deadlineTopic("khi nào báo cáo kết quả thực hiện chỉ thị 28")!)).toBe(true);
    expect(deadlineAbout({ ...deadline, kind: "semiannual" }, deadlineTopic("bao giờ gửi báo cáo năm")!)).toBe(false);
  });
});
