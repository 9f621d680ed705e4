// HTML building for the hosted survey page: every interpolated value is escaped unless it is already markup
// built by `html`, so survey text, answers and query values can never become markup.

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Markup that is already safe; only `html` and `raw` make one. */
export class SafeHtml {
  readonly markup: string;
  constructor(markup: string) {
    this.markup = markup;
  }
  toString() {
    return this.markup;
  }
}

type Part = SafeHtml | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part instanceof SafeHtml) return part.markup;
  if (Array.isArray(part)) return part.map(render).join("");
  // false, null and undefined render nothing, so `${condition && html`…`}` reads naturally.
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` results and arrays pass through. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let markup = strings[0] ?? "";
  parts.forEach((part, i) => {
    markup += render(part) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(markup);
}

/** Markup written by this module (the style sheet); never pass respondent or survey text here. */
export const raw = (markup: string) => new SafeHtml(markup);

/** ` name="value"` pairs; `true` writes a bare attribute, false/undefined omit it. */
export function attrs(values: Record<string, string | number | boolean | undefined>): SafeHtml {
  const pairs = Object.entries(values).flatMap(([name, value]) => {
    if (value === undefined || value === false) return [];
    return value === true ? [` ${name}`] : [` ${name}="${escapeHtml(String(value))}"`];
  });
  return new SafeHtml(pairs.join(""));
}
