/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f6f7f9}
header{background:#0b4f8a;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}
header a{color:#fff;text-decoration:none}header strong{margin-right:auto}
main{max-width:70rem;margin:0 auto;padding:1rem}
h1{font-size:1.35rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:.8rem 1rem;margin:.6rem 0}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:.35rem;text-align:left;vertical-align:top}
input,select,textarea,button{font:inherit;padding:.4rem .5rem;border:1px solid #b8c0ca;border-radius:6px;max-width:100%}
textarea{width:100%;min-height:4.5rem}input[type=text],input:not([type]){width:100%}
button{background:#0b4f8a;color:#fff;border:0;cursor:pointer}button.secondary{background:#e8edf3;color:#1b1b1b}button.danger{background:#b42318}
form.inline{display:inline}.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}.row>*{flex:1 1 12rem}
.muted{color:#5b6573;font-size:.9rem}.ok{color:#067647}.warn{color:#b54708}.error{color:#b42318}
.split{display:grid;grid-template-columns:1fr;gap:1rem}@media(min-width:60rem){.split{grid-template-columns:1fr 1fr}}
pre.source{white-space:pre-wrap;max-height:80vh;overflow:auto;background:#fff;border:1px solid #dde1e6;padding:.8rem;font-size:.85rem}
`;

/** An HTML page of the web: Vietnamese, readable on a phone, no referrer leaked, its own style and header. */
export function PageFrame(props: { title: string; style: string; header: Child; children?: Child }) {
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{props.title} — Trợ lý Ban chỉ đạo</title>
        <style dangerouslySetInnerHTML={{ __html: props.style }} />
      </head>
      <body>
        <header>{props.header}</header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

/** The admin web's page frame: plain forms and no script. */
export function Layout(props: { title: string; nav?: Child; children?: Child }) {
  return (
    <PageFrame title={props.title} style={STYLE} header={<><strong>Trợ lý Ban chỉ đạo</strong>{props.nav}</>}>
      {props.children}
    </PageFrame>
  );
}
