/** @jsxImportSource hono/jsx */
import { CsrfField, type Viewer } from "../session.js";

/** The admin web's menu, with the viewer's name and a logout button. */
export function AdminNav(props: { viewer: Viewer }) {
  const admin = props.viewer.committees.some((c) => c.role === "admin");
  return (
    <>
      <a href="/quan-tri">Ban chỉ đạo</a>
      {admin ? <a href="/quan-tri/ke-hoach">Kế hoạch</a> : null}
      {admin ? <a href="/quan-tri/danh-ba">Danh bạ</a> : null}
      <a href="/">Hỏi đáp</a>
      <form method="post" action="/quan-tri/dang-xuat" class="inline">
        <CsrfField viewer={props.viewer} />
        <button type="submit" class="secondary" title={props.viewer.name}>Đăng xuất</button>
      </form>
    </>
  );
}
