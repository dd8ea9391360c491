/** @jsxImportSource hono/jsx */
import type { Child } from "hono/jsx";
import { PageFrame } from "../layout.js";

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f6f7f9}
header{background:#0b4f8a;color:#fff;padding:.6rem 1rem}header a{color:#fff}
main{max-width:60rem;margin:0 auto;padding:.8rem}
h1{font-size:1.3rem;margin:.2rem 0 .6rem}h2{font-size:1.1rem;margin:1.2rem 0 .4rem}h3{font-size:1rem;margin:.2rem 0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:.7rem .9rem;margin:.5rem 0}
.counts{display:flex;flex-wrap:wrap;gap:.4rem}.counts span{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:.2rem .5rem}
.bar{height:.6rem;background:#e5e7eb;border-radius:4px;overflow:hidden}.bar i{display:block;height:100%;background:#2e7d32}
.badge{display:inline-block;border-radius:4px;padding:0 .4rem;font-size:.85rem;white-space:nowrap}
.overdue,.off_track{background:#fde2e1;color:#8a1c13}.at_risk{background:#fff4cc;color:#7a4b00}
.reported,.met{background:#dcf5e3;color:#0b5c2a}.not_reported,.no_data{background:#eceff3;color:#3d4650}
.muted{color:#5b6573;font-size:.9rem}ul{padding-left:1.1rem;margin:.3rem 0}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:.3rem;text-align:left;vertical-align:top}
.chart svg{max-width:100%;height:auto}details summary{cursor:pointer}
`;

/** The leaders' pages: one column on a phone, no script. */
export function Page(props: { title: string; children?: Child }) {
  return (
    <PageFrame title={props.title} style={STYLE} header={<><strong>Bảng điều khiển</strong> · <a href="/bang-dieu-khien">Các Ban chỉ đạo</a></>}>
      {props.children}
    </PageFrame>
  );
}
