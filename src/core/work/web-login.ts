/**
 * "/web": a one-time link into the admin web for whoever asks, in a private chat only (a link posted in a
 * group would log in whoever opens it first). The link itself is made by the web session module and
 * handed to the core as a function, so the core knows nothing of cookies or URLs.
 */
import type { IncomingMessage, Lang, Reply } from "../types.js";
import type { Actor } from "./actor.js";

export type WebLoginLink = (who: { channel: string; externalId: string; name: string }) => Promise<string>;

const WORDS = {
  vi: {
    privateOnly: "Lệnh /web chỉ dùng trong tin nhắn riêng với bot (đường dẫn đăng nhập là của riêng bạn).",
    noRole: "Bạn chưa có vai trò nào trong Ban chỉ đạo nên chưa vào được trang quản trị. Thư ký Ban chỉ đạo sẽ gửi bạn đường dẫn mời.",
    unavailable: "Máy chủ này chưa bật trang quản trị.",
    link: (url: string) => `Đường dẫn đăng nhập trang quản trị (dùng một lần, hạn 15 phút; đừng chuyển cho người khác):\n${url}`,
  },
  en: {
    privateOnly: "Send /web in a private chat with the bot (the login link is yours alone).",
    noRole: "You have no role in a committee yet, so you cannot open the admin pages. The secretariat will send you an invite link.",
    unavailable: "The admin pages are not enabled on this server.",
    link: (url: string) => `Your login link to the admin pages (one use, valid 15 minutes; do not forward it):\n${url}`,
  },
};

export async function webLogin(message: IncomingMessage, lang: Lang, actor: Actor, makeLink: WebLoginLink | undefined): Promise<Reply[]> {
  const m = WORDS[lang];
  if (message.chatKind !== "private") return [{ text: m.privateOnly }];
  if (!actor.deploymentAdmin && actor.people.length === 0) return [{ text: m.noRole }];
  if (!makeLink) return [{ text: m.unavailable }];
  return [{ text: m.link(await makeLink({ channel: message.channel, externalId: message.senderId, name: actor.name })) }];
}
