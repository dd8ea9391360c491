import type { Lang } from "../types.js";

/** What the bot says when it refuses: the web chat's limits, too many attempts. */
const messages = {
  vi: {
    webQuestionsOnly:
      "Khung trò chuyện trên web chỉ để hỏi về các kế hoạch. Báo cáo tiến độ, liên kết tài khoản và nhận lời mời xin bạn làm trong Telegram hoặc Zalo (hoặc qua trang quản trị đã đăng nhập). Cảm ơn bạn!",
    tooManyCodes: "Bạn đã nhập sai mã quá nhiều lần. Vui lòng đợi 15 phút rồi thử lại, hoặc xin thư ký Ban chỉ đạo một mã mới.",
    tooManyCommands: "Bạn gửi lệnh quá nhanh. Vui lòng đợi một phút rồi thử lại.",
  },
  en: {
    webQuestionsOnly:
      "The web chat only answers questions about the plans. Please report progress, link accounts and open invites in Telegram or Zalo (or the signed-in admin pages). Thank you!",
    tooManyCodes: "Too many wrong codes. Please wait 15 minutes and try again, or ask the secretariat for a new code.",
    tooManyCommands: "You are sending commands too fast. Please wait a minute and try again.",
  },
} satisfies Record<Lang, unknown>;

export function guardMessages(lang: Lang) {
  return messages[lang];
}
