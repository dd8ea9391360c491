/**
 * The Zalo Bot Platform's HTTP API (shaped like Telegram's Bot API):
 * `<apiRoot>/bot<TOKEN>/<method>`, answers `{ ok, result }` or
 * `{ ok: false, error_code, description }`. Retries 429 and 5xx a few times.
 */
export class ZaloApiError extends Error {
  override name = "ZaloApiError";
  constructor(readonly method: string, readonly code: number, description: string) {
    super(`${method}: ${code} ${description}`);
  }
}

const RETRIES = 3;

export function createZaloApi(config: { token: string; apiRoot?: string; fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> }) {
  const root = (config.apiRoot ?? "https://bot-api.zaloplatforms.com").replace(/\/$/, "");
  const doFetch = config.fetch ?? fetch;
  const sleep = config.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));

  async function call<T>(method: string, payload: Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let status = 0;
      let body: { ok?: boolean; result?: T; error_code?: number; description?: string; parameters?: { retry_after?: number } } = {};
      try {
        const res = await doFetch(`${root}/bot${config.token}/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
        status = res.status;
        body = (await res.json().catch(() => ({}))) as typeof body;
      } catch (error) {
        if (attempt >= RETRIES) throw error;
        await sleep(500 * attempt);
        continue;
      }
      if (body.ok) return body.result as T;
      const code = body.error_code ?? status;
      if ((code === 429 || code >= 500) && attempt < RETRIES) {
        await sleep((body.parameters?.retry_after ?? attempt) * 1000);
        continue;
      }
      throw new ZaloApiError(method, code, body.description ?? "request failed");
    }
  }

  return {
    call,
    getMe: () => call<{ id: string; account_name?: string; display_name?: string }>("getMe"),
    getUpdates: (timeout: number) => call<unknown>("getUpdates", { timeout }),
    setWebhook: (url: string, secretToken: string) => call<unknown>("setWebhook", { url, secret_token: secretToken }),
    deleteWebhook: () => call<unknown>("deleteWebhook"),
    sendMessage: (chatId: string, text: string) => call<{ message_id: string }>("sendMessage", { chat_id: chatId, text }),
  };
}

export type ZaloApi = ReturnType<typeof createZaloApi>;
