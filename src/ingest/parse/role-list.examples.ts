import type { Examples } from "../rules/examples.js";
import type { Assignment } from "../types.js";
import { readAssignments } from "./assignments.js";
import { splitClauses } from "./clauses.js";

/** The agencies a role line lists, with their roles, as "agency: role" in the order read. */
function listed(text: string): string[] {
  const out: Assignment[] = [];
  readAssignments(splitClauses(text), "I.1", out, "Nhiệm vụ");
  return out.map((a) => `${a.agency}: ${a.role}`);
}

export const roleListExamples: Examples<string[]> = {
  name: "agencies a role line lists",
  read: listed,
  examples: [
    // Public bodies known by a level's capital: "Bảo hiểm xã hội Tỉnh", a bank's "Chi nhánh".
    ["Cơ quan phối hợp: Bảo hiểm xã hội Tỉnh, Chi nhánh Ngân hàng Chính sách xã hội Tỉnh.", ["Bảo hiểm xã hội: support", "Chi nhánh Ngân hàng Chính sách xã hội: support"]],
    ["Cơ quan phối hợp: Kho bạc Nhà nước khu vực 9, Công an tỉnh.", ["Kho bạc Nhà nước khu vực 9: support", "Công an: support"]],
    // The parent in brackets is not a partner of its own.
    ["Cơ quan phối hợp: Trung tâm Dịch vụ việc làm Tỉnh (Sở Nội vụ), Sở Y tế.", ["Trung tâm Dịch vụ việc làm: support", "Sở Y tế: support"]],
    ["Cơ quan chủ trì: Sở Nội vụ, Sở Tài chính.", ["Sở Nội vụ: lead", "Sở Tài chính: lead"]],
  ],
};
