/** The local web chat: one static page; replies are inserted as text, never as HTML. */
export const webChatPage = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trợ lý Ban chỉ đạo — trò chuyện thử</title>
<style>
  body { font: 16px/1.45 system-ui, sans-serif; margin: 0; background: #f3f5f7; color: #1d2733; }
  main { max-width: 720px; margin: 0 auto; display: flex; flex-direction: column; height: 100vh; }
  header { padding: 12px 16px; background: #b71c1c; color: #fff; font-weight: 600; }
  #log { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 10px; }
  .msg { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; word-wrap: break-word; }
  .me { align-self: flex-end; background: #d7ecff; }
  .bot { align-self: flex-start; background: #fff; border: 1px solid #dde3ea; }
  .choices { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
  .choices button { border: 1px solid #b71c1c; background: #fff; color: #b71c1c; border-radius: 14px; padding: 4px 10px; cursor: pointer; }
  form { display: flex; gap: 8px; padding: 12px 16px; background: #fff; border-top: 1px solid #dde3ea; }
  input { flex: 1; font: inherit; padding: 10px; border: 1px solid #c5ced8; border-radius: 8px; }
  button[type=submit] { font: inherit; padding: 10px 16px; border: 0; border-radius: 8px; background: #b71c1c; color: #fff; }
</style>
</head>
<body>
<main>
  <header>Trợ lý Ban chỉ đạo — hỏi về các kế hoạch</header>
  <div id="log" aria-live="polite"></div>
  <form id="ask">
    <input id="text" name="text" autocomplete="off" maxlength="1000" placeholder="Ví dụ: kế hoạch, tuyên truyền, suy dinh dưỡng…" autofocus>
    <button type="submit">Gửi</button>
  </form>
</main>
<script>
  const log = document.getElementById("log");
  const form = document.getElementById("ask");
  const input = document.getElementById("text");
  const session = localStorage.getItem("session") || crypto.randomUUID();
  localStorage.setItem("session", session);

  function show(text, who, choices) {
    const div = document.createElement("div");
    div.className = "msg " + who;
    div.textContent = text;
    if (choices && choices.length) {
      const row = document.createElement("div");
      row.className = "choices";
      for (const c of choices) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = c.label;
        b.onclick = () => send(c.value);
        row.appendChild(b);
      }
      div.appendChild(row);
    }
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }

  async function send(text) {
    show(text, "me");
    try {
      const res = await fetch("/api/chat", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ session, text, id: crypto.randomUUID() }),
      });
      const body = await res.json();
      for (const r of body.replies || []) show(r.text, "bot", r.choices);
      if (body.error) show(body.error, "bot");
    } catch {
      show("Không kết nối được máy chủ. Bạn thử lại nhé.", "bot");
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text);
  });
  show("Xin chào! Gõ \\"trợ giúp\\" để xem tôi làm được gì.", "bot");
</script>
</body>
</html>`;
