import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../client.js";
import { webLoginLinks, webSessions } from "../schema/index.js";

export const LOGIN_LINK_MINUTES = 15;
export const SESSION_HOURS = 12;

export type WebIdentity = { channel: string; externalId: string; name: string };

function randomToken(bytes = 24): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function hash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** One-time login links and the sessions they open. Tokens are random; only their hashes are stored. */
export function createWebSessions(db: Db) {
  async function createLoginLink(who: WebIdentity, now: Date): Promise<{ token: string; expiresAt: string }> {
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + LOGIN_LINK_MINUTES * 60_000).toISOString();
    await db.insert(webLoginLinks).values({ tokenHash: await hash(token), channel: who.channel, externalId: who.externalId, name: who.name, expiresAt });
    return { token, expiresAt };
  }

  /** Whose link this is, without using it (the page that asks to confirm the login). */
  async function peekLoginLink(token: string, now: Date): Promise<WebIdentity | null> {
    const [row] = await db
      .select()
      .from(webLoginLinks)
      .where(and(eq(webLoginLinks.tokenHash, await hash(token)), isNull(webLoginLinks.usedAt), gt(webLoginLinks.expiresAt, now.toISOString())));
    return row ? { channel: row.channel, externalId: row.externalId, name: row.name } : null;
  }

  /**
   * Uses a link and opens a session. The UPDATE … WHERE used_at IS NULL is the claim: a link opens one
   * session even when two browsers try it at once.
   */
  async function redeemLoginLink(token: string, now: Date): Promise<{ sessionId: string; expiresAt: Date } | null> {
    const [link] = await db
      .update(webLoginLinks)
      .set({ usedAt: now.toISOString() })
      .where(and(eq(webLoginLinks.tokenHash, await hash(token)), isNull(webLoginLinks.usedAt), gt(webLoginLinks.expiresAt, now.toISOString())))
      .returning();
    if (!link) return null;
    const sessionId = randomToken(32);
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
    await db.insert(webSessions).values({
      idHash: await hash(sessionId), channel: link.channel, externalId: link.externalId, name: link.name,
      csrfToken: randomToken(), expiresAt: expiresAt.toISOString(),
    });
    return { sessionId, expiresAt };
  }

  async function findSession(sessionId: string, now: Date) {
    const [row] = await db
      .select()
      .from(webSessions)
      .where(and(eq(webSessions.idHash, await hash(sessionId)), isNull(webSessions.revokedAt), gt(webSessions.expiresAt, now.toISOString())));
    return row ?? null;
  }

  async function endSession(sessionId: string, now: Date): Promise<void> {
    await db.update(webSessions).set({ revokedAt: now.toISOString() }).where(eq(webSessions.idHash, await hash(sessionId)));
  }

  /** Every open session of a chat identity (its contact was revoked, or the person logs out everywhere). */
  async function endSessionsOf(channel: string, externalId: string, now: Date): Promise<void> {
    await db
      .update(webSessions)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(webSessions.channel, channel), eq(webSessions.externalId, externalId), isNull(webSessions.revokedAt)));
  }

  return { createLoginLink, peekLoginLink, redeemLoginLink, findSession, endSession, endSessionsOf };
}

export type WebSessions = ReturnType<typeof createWebSessions>;
