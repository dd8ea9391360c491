/**
 * What an admin is told in chat: the three steps that set a committee up (on /start, for a deployment
 * admin before any committee exists), their commands (after the help everyone gets), and the commands
 * that exist when a slash command does not (instead of searching the plans for it).
 */
import type { Lang } from "../types.js";
import { COMMAND_MENU } from "./commands.js";

const GUIDE = {
  vi: {
    setup: (name: string) =>
      [
        `Chào ${name}! Bạn là quản trị viên của máy chủ này và chưa có Ban chỉ đạo nào. Ba bước để bắt đầu:`,
        "1. Gửi tệp kế hoạch (Word .docx, PDF có chữ hoặc .txt) cho bot ngay trong cuộc trò chuyện này: bot đọc kế hoạch và lập Ban chỉ đạo theo cơ quan ban hành.",
        "2. Kiểm tra trên web những gì bot đọc được (gõ /web để lấy đường dẫn đăng nhập), sửa nếu cần rồi bấm \"Xác nhận\".",
        "3. Mời đầu mối các cơ quan: /moi <tên cơ quan> (hoặc trên trang Danh bạ); kết nối nhóm của Ban: thêm bot vào nhóm rồi gõ /ketnoi.",
      ].join("\n"),
    adminCommands: [
      "Lệnh quản trị:",
      "• Gửi tệp kế hoạch (.docx, .pdf, .txt) — nhập hoặc cập nhật kế hoạch",
      "• /web — đường dẫn đăng nhập trang quản trị (kiểm tra, sửa kế hoạch; Ban chỉ đạo; danh bạ)",
      "• /moi <cơ quan> — mời đầu mối; /moi lãnh đạo — mời lãnh đạo",
      "• /danhba — danh bạ; /thuhoi <số> — thu hồi quyền",
      "• /ketnoi — kết nối nhóm với Ban chỉ đạo (/ketnoi lãnh đạo: nhóm lãnh đạo)",
      "• /lichtonghop <cron> — lịch gửi bản tổng hợp; /tonghop — xem ngay",
    ].join("\n"),
    unknown: (name: string) => `Không có lệnh /${name}. Các lệnh của bot:`,
  },
  en: {
    setup: (name: string) =>
      [
        `Hello ${name}! You administer this server and there is no committee yet. Three steps to start:`,
        "1. Send a plan file (Word .docx, PDF with text, or .txt) to the bot right here: it reads the plan and sets up the committee named by its issuer.",
        "2. Check on the web what the bot read (send /web for a login link), correct it if needed, then press \"Xác nhận\".",
        "3. Invite the agencies' focal points: /invite <agency> (or on the contacts page); add the bot to the committee's group and send /link there.",
      ].join("\n"),
    adminCommands: [
      "Admin commands:",
      "• Send a plan file (.docx, .pdf, .txt) — import or update a plan",
      "• /web — login link to the admin pages (check and correct plans; committees; contacts)",
      "• /invite <agency> — invite a focal point; /invite leader — a leader",
      "• /contacts — contacts; /revoke <number> — revoke access",
      "• /link — bind a group to a committee (/link leaders: the leaders' group)",
      "• /schedule <cron> — when the digest goes out; /digest — show it now",
    ].join("\n"),
    unknown: (name: string) => `There is no /${name} command. The bot's commands:`,
  },
};

export const setupGuide = (lang: Lang, name: string) => GUIDE[lang].setup(name);
export const adminCommands = (lang: Lang) => GUIDE[lang].adminCommands;

/** "/xyz" that is no command: say so and list the commands (admins' too, for an admin). */
export function unknownCommandReply(lang: Lang, name: string, admin: boolean): string {
  const list = COMMAND_MENU[lang].map((c) => `/${c.command} — ${c.description}`).join("\n");
  return [GUIDE[lang].unknown(name), list, ...(admin ? ["", GUIDE[lang].adminCommands] : [])].join("\n");
}

/** The name of a slash command the bot does not know, or null ("/abc@bot …" → "abc"). */
export function unknownCommandName(text: string, known: (text: string) => boolean): string | null {
  const m = /^\/([A-Za-z_][\w]*)(?:@\w+)?(?:\s|$)/.exec(text.trim());
  return m && !known(text) ? m[1]!.slice(0, 32) : null;
}
