/**
 * Slash commands, channel-free: "/capnhat 3 xong: …" and "/update 3 done: …"
 * are one command. Adapters strip Telegram's "@botname" before the core sees it.
 */
export type CommandName = "language" | "schedule" | "connect" | "start" | "invite" | "link" | "update" | "target" | "edit" | "contacts" | "revoke" | "cancel" | "help" | "digest" | "web" | "report" | "leave";

const ALIASES: Record<string, CommandName> = {
  start: "start",
  moi: "invite", invite: "invite",
  ketnoi: "link", link: "link",
  capnhat: "update", update: "update",
  chitieu: "target", target: "target",
  sua: "edit", edit: "edit",
  danhba: "contacts", contacts: "contacts",
  thuhoi: "revoke", revoke: "revoke",
  huy: "cancel", cancel: "cancel",
  help: "help", trogiup: "help",
  tonghop: "digest", digest: "digest",
  baocao: "report", report: "report",
  lienket: "connect", connect: "connect",
  ngonngu: "language", language: "language", lang: "language",
  lichtonghop: "schedule", schedule: "schedule",
  web: "web", quantri: "web",
  nghi: "leave", nghiphep: "leave", leave: "leave",
};

export type Command = { name: CommandName; args: string };

/**
 * Commands said in words, the whole message and nothing else ("báo cáo tiến độ", "xem tổng hợp"): officials
 * on phones rarely type a slash. Folded; anything longer is a question.
 */
const SPOKEN: Record<string, CommandName> = {
  "bao cao tien do": "update", "cap nhat tien do": "update", "cap nhat": "update", "gui bao cao": "update",
  "bao cao chi tieu": "target", "cap nhat chi tieu": "target",
  "tong hop": "digest", "xem tong hop": "digest", "ban tong hop": "digest",
  "huy": "cancel", "huy bo": "cancel",
  "report progress": "update", "send an update": "update", "update progress": "update",
  "report a target": "target", "show the digest": "digest", "show digest": "digest", "cancel": "cancel",
};

export function spokenCommand(folded: string): Command | null {
  const name = SPOKEN[folded];
  return name ? { name, args: "" } : null;
}

export function parseCommand(text: string): Command | null {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!m) return null;
  const name = ALIASES[m[1]!.toLowerCase().replace(/_/g, "")];
  return name ? { name, args: (m[2] ?? "").trim() } : null;
}

/** The command menu each channel shows, in both languages. */
export const COMMAND_MENU = {
  vi: [
    { command: "capnhat", description: "Báo cáo tiến độ một nhiệm vụ" },
    { command: "chitieu", description: "Báo cáo giá trị một chỉ tiêu" },
    { command: "sua", description: "Sửa báo cáo trong 24 giờ" },
    { command: "tonghop", description: "Xem bản tổng hợp" },
    { command: "baocao", description: "Dự thảo báo cáo định kỳ (Word)" },
    { command: "moi", description: "Mời đầu mối (quản trị)" },
    { command: "ketnoi", description: "Kết nối nhóm với Ban chỉ đạo (quản trị)" },
    { command: "danhba", description: "Danh bạ đầu mối (quản trị)" },
    { command: "nghi", description: "Nghỉ phép: đặt người thay báo cáo" },
    { command: "lienket", description: "Liên kết tài khoản Telegram và Zalo" },
    { command: "ngonngu", description: "Ngôn ngữ của cuộc trò chuyện (vi/en)" },
    { command: "lichtonghop", description: "Lịch gửi bản tổng hợp (quản trị)" },
    { command: "web", description: "Đường dẫn đăng nhập trang quản trị" },
    { command: "trogiup", description: "Bot làm được gì" },
  ],
  en: [
    { command: "update", description: "Report progress on a task" },
    { command: "target", description: "Report a target's value" },
    { command: "edit", description: "Correct a report within 24 hours" },
    { command: "digest", description: "Show the digest" },
    { command: "report", description: "Draft periodic report (Word)" },
    { command: "invite", description: "Invite a focal point (admin)" },
    { command: "link", description: "Link a group to a committee (admin)" },
    { command: "contacts", description: "Focal point contacts (admin)" },
    { command: "leave", description: "On leave: name a stand-in" },
    { command: "connect", description: "Link your Telegram and Zalo accounts" },
    { command: "language", description: "This chat's language (vi/en)" },
    { command: "schedule", description: "When the digest goes out (admin)" },
    { command: "web", description: "Login link to the admin pages" },
    { command: "help", description: "What the bot can do" },
  ],
};
