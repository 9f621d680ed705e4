// The frame of every hosted page: the HTML document with its inline style, the header (logo, survey
// title, language links) and simple screens (welcome, thank-you, closed, not found).
import { attrs, html, raw, type SafeHtml } from "./html.ts";
import type { Messages } from "./messages.ts";
import { pageStyles } from "./page-styles.ts";

export interface DocumentView {
  /** The page's language (`<html lang>`). */
  language: string;
  /** The survey's title; empty on pages that know no survey. */
  title: string;
  /** The browser tab's title when it is not the survey's (status pages). */
  documentTitle?: string | undefined;
  brandColor: string;
  logoUrl?: string | undefined;
  /** Links to the same page in the survey's other languages; absent with a single language. */
  languageLinks?: { language: string; href: string }[];
}

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'self'; base-uri 'none'";

/** The language's name in itself ("Tiếng Việt", "English"), for the switcher. */
function nativeName(language: string): string {
  const name = new Intl.DisplayNames([language], { type: "language" }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

function languageNav(view: DocumentView, t: Messages): SafeHtml | undefined {
  const links = view.languageLinks;
  if (!links || links.length < 2) return undefined;
  return html`<nav class="langs" aria-label="${t.languages}">${links.map(
    (link) =>
      html`<a${attrs({
        href: link.href,
        hreflang: link.language,
        lang: link.language,
        "aria-current": link.language === view.language ? "true" : undefined,
      })}>${nativeName(link.language)}</a>`,
  )}</nav>`;
}

export function renderDocument(view: DocumentView, t: Messages, main: SafeHtml): string {
  // Only https logos: the policy allows no other scheme, and a javascript: URL must never reach markup.
  const logo = view.logoUrl?.startsWith("https://")
    ? html`<img src="${view.logoUrl}" alt="" referrerpolicy="no-referrer">`
    : undefined;
  const page = html`<!doctype html>
<html lang="${view.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${view.documentTitle ?? view.title}</title>
<style>${raw(pageStyles(view.brandColor))}</style>
</head>
<body>
<div class="wrap">
${view.title ? html`<header>${logo}<h1>${view.title}</h1>${languageNav(view, t)}</header>` : undefined}
<main>
${main}
</main>
</div>
</body>
</html>
`;
  return page.markup;
}

export interface ScreenView {
  title: string;
  body?: string | undefined;
  action?: { href: string; label: string } | undefined;
}

/** A centred message with an optional button: welcome, thank-you and status pages. */
export function renderScreen(screen: ScreenView): SafeHtml {
  return html`<section class="screen">
<h2>${screen.title}</h2>
${screen.body ? html`<p>${screen.body}</p>` : undefined}
${screen.action ? html`<a class="btn" href="${screen.action.href}">${screen.action.label}</a>` : undefined}
</section>`;
}
