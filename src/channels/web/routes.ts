import { zValidator } from "@hono/zod-validator";
import { Hono } from "hono";
import { z } from "zod";
import type { Core } from "../../core/conversation.js";
import { BODY_LIMITS, limitBody, perAddress } from "../../http/limits.js";
import { webChatPage } from "./page.js";
import type { RateCounts } from "../../db/repos/rate-counts.js";

const chatRequest = z.object({
  session: z.string().min(1).max(100),
  text: z.string().max(10_000),
  id: z.string().min(1).max(100).optional(),
});

/** The local web chat adapter: a page and a JSON endpoint over the same core as Telegram and Zalo. */
export function createWebChat(core: Core, clock: () => Date = () => new Date(), perMinute = 30, counts?: RateCounts) {
  return new Hono()
    .get("/", (c) => c.html(webChatPage))
    .post(
      "/api/chat",
      // Anyone who reaches the port may use the chat: a small body, and a number of questions per address.
      limitBody(BODY_LIMITS.chat),
      perAddress(perMinute, 60_000, counts),
      zValidator("json", chatRequest, (result, c) => {
        if (!result.success) {
          return c.json({ error: "Yêu cầu không hợp lệ: cần JSON dạng {\"session\": \"…\", \"text\": \"…\"}." }, 400);
        }
      }),
      async (c) => {
        const { session, text, id } = c.req.valid("json");
        const replies = await core.handle({
          channel: "web",
          chatId: session,
          chatKind: "private",
          senderId: session,
          text,
          messageId: id ?? crypto.randomUUID(),
          receivedAt: clock(),
        });
        return c.json({ replies });
      },
    );
}
