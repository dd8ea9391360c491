import type { Lang } from "../types.js";

type Leave = { agencyName: string; from: string; to: string; deputy: string | null };

/** What the bot says about leaves and stand-ins (/nghi), in both languages. */
const messages = {
  vi: {
    usage: "Gõ /nghi kèm ngày nghỉ, ví dụ: /nghi 10/12 20/12, /nghi từ 10/12 đến 20/12, hoặc /nghi đến 20/12 (từ hôm nay). Hủy: /nghi hủy.",
    privateOnly: "Lệnh /nghi dùng trong tin nhắn riêng với bot: mã cho người thay không nên gửi vào nhóm. Không ghi gì.",
    notFocal: "Chỉ đầu mối của một cơ quan mới đặt người thay khi nghỉ. Bạn chưa là đầu mối của cơ quan nào; không ghi gì.",
    deputyCannot: (agency: string, until: string) => `Bạn đang thay đầu mối của ${agency} đến hết ${until} nên không đặt người thay khác được. Không ghi gì.`,
    badDate: (typed: string) => `Không có ngày "${typed}". Bạn gõ ngày theo dạng ngày/tháng, ví dụ: /nghi 10/12 20/12. Không ghi gì.`,
    ambiguous: "Tin có hơn hai ngày nên chưa rõ bạn nghỉ từ ngày nào đến ngày nào. Ví dụ: /nghi 10/12 20/12. Không ghi gì.",
    pastRange: (from: string, to: string) => `Khoảng ${from} – ${to} đã qua. Bạn gõ ngày nghỉ từ hôm nay trở đi, ví dụ: /nghi đến 20/12. Không ghi gì.`,
    endBeforeStart: (from: string, to: string) => `Ngày kết thúc (${to}) trước ngày bắt đầu (${from}). Không ghi gì.`,
    tooLong: (days: number, max: number) => `Kỳ nghỉ ${days} ngày dài quá (tối đa ${max} ngày). Nghỉ lâu hơn thì thư ký Ban chỉ đạo mời đầu mối mới (/moi). Không ghi gì.`,
    pickAgency: "Bạn là đầu mối của nhiều cơ quan; bạn nghỉ ở cơ quan nào?",
    alreadyAway: (l: Leave) => `Bạn đã có lịch nghỉ (${l.agencyName}) từ ${l.from} đến ${l.to}${l.deputy ? `, ${l.deputy} thay` : ", chưa có người nhận thay"}. Muốn đổi, gõ /nghi hủy rồi đặt lại. Không ghi gì.`,
    startsToday: "Ngày bắt đầu đã qua nên lịch nghỉ tính từ hôm nay.",
    created: (agency: string, from: string, to: string, share: string) =>
      `Đã ghi lịch nghỉ của bạn (${agency}) từ ${from} đến hết ${to}.\nChuyển cho người thay bạn (dùng một lần):\n${share}\n` +
      `Khi người đó mở đường dẫn, trong những ngày này nhắc hạn gửi cho họ và báo cáo của họ được tính cho ${agency}. Chưa ai nhận thì nhắc hạn vẫn gửi cho bạn. Hủy: /nghi hủy.`,
    shareLink: (link: string, code: string) => `${link}\nhoặc người đó gõ cho bot: /start ${code}`,
    shareCode: (code: string) => `người đó gõ cho bot: /start ${code}`,
    statusHeader: "Lịch nghỉ của bạn:",
    statusLine: (l: Leave) => `• ${l.agencyName}: ${l.from} – ${l.to}, ${l.deputy ? `${l.deputy} thay` : "chưa có người nhận thay"}`,
    cancelled: (l: Leave) => `Đã hủy lịch nghỉ (${l.agencyName}, ${l.from} – ${l.to}). Nhắc hạn gửi lại cho bạn${l.deputy ? `; ${l.deputy} không còn báo cáo thay` : ""}.`,
    nothingToCancel: "Bạn không có lịch nghỉ nào để hủy.",
    deputyWelcome: (name: string, absent: string, l: Leave) =>
      `Chào ${name}! Bạn nhận thay ${absent} làm đầu mối của ${l.agencyName} từ ${l.from} đến hết ${l.to}. ` +
      `Trong những ngày này bạn nhận nhắc hạn và báo cáo cho ${l.agencyName} (gõ /capnhat, /chitieu); báo cáo ghi tên bạn. Sau ${l.to} quyền này tự hết.`,
    self: "Đây là mã bạn tạo cho người thay mình: bạn chuyển nó cho người đó nhé (mã vẫn dùng được).",
    alreadyFocal: (agency: string) => `Bạn đã là đầu mối của ${agency} nên không cần nhận thay. Mã vẫn dùng được cho người khác.`,
    joinedNotice: (l: Leave) =>
      `${l.deputy} đã nhận thay bạn làm đầu mối của ${l.agencyName} từ ${l.from} đến hết ${l.to}. Trong những ngày này nhắc hạn gửi cho ${l.deputy}; báo cáo của họ được tính cho ${l.agencyName}. Hủy: /nghi hủy.`,
    standInDates: (from: string, to: string) => ` (người thay, ${from} – ${to})`,
    cancelledNotice: (absent: string, l: Leave) => `${absent} đã hủy lịch nghỉ: bạn không còn thay đầu mối của ${l.agencyName} (${l.from} – ${l.to}). Các báo cáo bạn đã gửi vẫn được giữ.`,
    endedByAdminToDeputy: (absent: string, l: Leave) =>
      `Thư ký Ban chỉ đạo đã kết thúc sớm việc bạn thay ${absent} làm đầu mối của ${l.agencyName} (${l.from} – ${l.to}). Từ nay bạn không còn nhận nhắc hạn và báo cáo cho ${l.agencyName}; các báo cáo bạn đã gửi vẫn được giữ.`,
    endedByAdminToAbsent: (l: Leave) =>
      `Thư ký Ban chỉ đạo đã kết thúc sớm việc ${l.deputy} thay bạn làm đầu mối của ${l.agencyName} (${l.from} – ${l.to}). Nhắc hạn gửi lại cho bạn; các báo cáo ${l.deputy} đã gửi vẫn được giữ.`,
  },
  en: {
    usage: "Send /leave with your days off, e.g. /leave 10/12 20/12, or /leave until 20/12 (from today). Cancel: /leave cancel.",
    privateOnly: "Use /leave in a private chat with the bot: the code for your stand-in should not go to a group. Nothing recorded.",
    notFocal: "Only an agency's focal point can name a stand-in. You are not a focal point yet; nothing recorded.",
    deputyCannot: (agency: string, until: string) => `You are standing in for ${agency}'s focal point until ${until}, so you cannot name another stand-in. Nothing recorded.`,
    badDate: (typed: string) => `There is no date "${typed}". Type dates as day/month, e.g. /leave 10/12 20/12. Nothing recorded.`,
    ambiguous: "That has more than two dates, so the first and last day are unclear. E.g. /leave 10/12 20/12. Nothing recorded.",
    pastRange: (from: string, to: string) => `${from} – ${to} is over. Give days from today on, e.g. /leave until 20/12. Nothing recorded.`,
    endBeforeStart: (from: string, to: string) => `The last day (${to}) is before the first (${from}). Nothing recorded.`,
    tooLong: (days: number, max: number) => `${days} days is too long (at most ${max}). For longer, the secretariat invites a new focal point (/invite). Nothing recorded.`,
    pickAgency: "You are the focal point of several agencies; which one are you away from?",
    alreadyAway: (l: Leave) => `You already have leave (${l.agencyName}) from ${l.from} to ${l.to}${l.deputy ? `, ${l.deputy} standing in` : ", nobody has taken it up yet"}. To change it, send /leave cancel and set it again. Nothing recorded.`,
    startsToday: "The first day has passed, so the leave starts today.",
    created: (agency: string, from: string, to: string, share: string) =>
      `Your leave (${agency}) is recorded from ${from} to ${to}.\nForward this to your stand-in (single use):\n${share}\n` +
      `Once they open it, reminders on those days go to them and their reports count for ${agency}. Until someone does, reminders still come to you. Cancel: /leave cancel.`,
    shareLink: (link: string, code: string) => `${link}\nor they send the bot: /start ${code}`,
    shareCode: (code: string) => `they send the bot: /start ${code}`,
    statusHeader: "Your leave:",
    statusLine: (l: Leave) => `• ${l.agencyName}: ${l.from} – ${l.to}, ${l.deputy ? `${l.deputy} standing in` : "nobody has taken it up yet"}`,
    cancelled: (l: Leave) => `Leave cancelled (${l.agencyName}, ${l.from} – ${l.to}). Reminders come to you again${l.deputy ? `; ${l.deputy} no longer reports for you` : ""}.`,
    nothingToCancel: "You have no leave to cancel.",
    deputyWelcome: (name: string, absent: string, l: Leave) =>
      `Welcome, ${name}! You stand in for ${absent} as ${l.agencyName}'s focal point from ${l.from} to ${l.to}. ` +
      `On those days you get the reminders and report for ${l.agencyName} (/update, /target); reports carry your name. After ${l.to} this ends by itself.`,
    self: "This is the code you made for your stand-in: forward it to them (it still works).",
    alreadyFocal: (agency: string) => `You already are ${agency}'s focal point, so there is nothing to stand in for. The code still works for someone else.`,
    joinedNotice: (l: Leave) =>
      `${l.deputy} is standing in for you as ${l.agencyName}'s focal point from ${l.from} to ${l.to}. Reminders on those days go to ${l.deputy}; their reports count for ${l.agencyName}. Cancel: /leave cancel.`,
    standInDates: (from: string, to: string) => ` (stand-in, ${from} – ${to})`,
    cancelledNotice: (absent: string, l: Leave) => `${absent} cancelled their leave: you no longer stand in for ${l.agencyName} (${l.from} – ${l.to}). The reports you sent are kept.`,
    endedByAdminToDeputy: (absent: string, l: Leave) =>
      `The committee's secretariat ended your standing in for ${absent} as ${l.agencyName}'s focal point (${l.from} – ${l.to}) early. Reminders and reports for ${l.agencyName} are no longer yours; the reports you sent are kept.`,
    endedByAdminToAbsent: (l: Leave) =>
      `The committee's secretariat ended ${l.deputy}'s standing in for you as ${l.agencyName}'s focal point (${l.from} – ${l.to}) early. Reminders come to you again; the reports ${l.deputy} sent are kept.`,
  },
} satisfies Record<Lang, unknown>;

export function sim(lang: Lang) {
  return messages[lang];
}
