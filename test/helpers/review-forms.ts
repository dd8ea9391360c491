/**
 * The admin web's review page read the way a browser submits it: each form's fields (inputs, the selected
 * option, textareas) with HTML entities decoded, so a test can change one field and post the rest as shown.
 */
const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export type PageForm = { id: string; action: string; fields: Record<string, string> };

export function pageForms(html: string): PageForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map(([, attrs, body]) => {
    const attr = (name: string) => decode(new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1] ?? "");
    const fields: Record<string, string> = {};
    for (const [tag] of body!.matchAll(/<input\b[^>]*>/g)) {
      const name = /name="([^"]*)"/.exec(tag)?.[1];
      if (name) fields[name] = decode(/value="([^"]*)"/.exec(tag)?.[1] ?? "");
    }
    for (const [, name, options] of body!.matchAll(/<select\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
      fields[name!] = decode(/<option[^>]*value="([^"]*)"[^>]*selected/.exec(options!)?.[1] ?? /<option[^>]*value="([^"]*)"/.exec(options!)?.[1] ?? "");
    }
    for (const [, name, text] of body!.matchAll(/<textarea\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[name!] = decode(text!);
    return { id: attr("id"), action: attr("action"), fields };
  });
}
