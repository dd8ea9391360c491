/** A message from any channel, normalized by its adapter. The core never sees a channel's own types. */
export type IncomingMessage = {
  channel: "telegram" | "zalo" | "web";
  chatId: string;
  chatKind: "private" | "group";
  senderId: string;
  senderName?: string;
  text: string;
  /** The channel's own message or update id, for dedupe and as the source of a report. */
  messageId: string;
  replyToMessageId?: string;
  /** Group chat's title, when the channel tells it. */
  chatTitle?: string;
  receivedAt: Date;
};

export type Choice = { label: string; value: string };

/** What a reply is about, so a user's reply to it attaches to that task or target. */
export type About = { taskId?: number; targetId?: number };

/** What the core answers: text plus optional numbered choices each adapter renders its own way. */
export type Reply = { text: string; choices?: Choice[]; about?: About; document?: ReplyDocument };

/** A file sent with the reply (the periodic report); channels that cannot send files send the text. */
export type ReplyDocument = { name: string; bytes: Uint8Array; mime: string };

export type Lang = "vi" | "en";
