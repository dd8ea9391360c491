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
export type Reply = {
  text: string; choices?: Choice[]; about?: About; document?: ReplyDocument;
  /** Sent in answer to a choice: what became of the prompt that offered it. */
  prompt?: PromptOutcome;
  /**
   * The reply concerns only the choice just made (already used, lapsed, not theirs to make): a channel that
   * can answer the choice where it was made (Telegram's answer to a button press) says it there, not as a
   * new message; others send it as usual.
   */
  inPlace?: boolean;
};

/**
 * A prompt's choices settled: a channel that can change a message it sent (Telegram) updates the prompt so
 * its buttons cannot act again; one that cannot (Zalo, the web chat: a numbered list) has nothing to change.
 */
export type PromptOutcome = {
  /** The prompt's choices no longer act. */
  closed: true;
  /** What the prompt says from now on in place of its question (the choice made, or that it lapsed); absent, its text stays. */
  shows?: string;
};

/** A file sent with the reply (the periodic report); channels that cannot send files send the text. */
export type ReplyDocument = { name: string; bytes: Uint8Array; mime: string };

export type Lang = "vi" | "en";
