// The small pages behind an invitation's links (unsubscribe, unsubscribed, not found), in the hosted
// page's frame and style, in Vietnamese or English.

import { html, type SafeHtml } from "../hosted-page/html.ts";
import { messagesFor } from "../hosted-page/messages.ts";
import { renderDocument } from "../hosted-page/render-document.ts";
import { type EmailMessages, emailMessagesFor, fill } from "./email-messages.ts";

export type LinkPage =
  | { kind: "notFound" }
  | { kind: "confirmUnsubscribe"; email: string }
  | { kind: "unsubscribed"; email: string };

const BRAND = "#1c7ed6";

function textsOf(page: LinkPage, t: EmailMessages): { title: string; body: string } {
  switch (page.kind) {
    case "notFound":
      return { title: t.notFoundTitle, body: t.notFoundBody };
    case "confirmUnsubscribe":
      return { title: t.unsubscribeTitle, body: fill(t.unsubscribeBody, { email: page.email }) };
    case "unsubscribed":
      return { title: t.unsubscribedTitle, body: fill(t.unsubscribedBody, { email: page.email }) };
  }
}

export function renderLinkPage(page: LinkPage, language: string): string {
  const t = emailMessagesFor(language);
  const { title, body } = textsOf(page, t);
  // The form posts back to the page's own address; the button is the one click RFC 8058 also allows.
  const action: SafeHtml | undefined =
    page.kind === "confirmUnsubscribe"
      ? html`<form method="post"><button class="btn" type="submit">${t.unsubscribeButton}</button></form>`
      : undefined;
  return renderDocument(
    { language, title: "", documentTitle: title, brandColor: BRAND },
    messagesFor(language),
    html`<section class="screen"><h2>${title}</h2><p>${body}</p>${action}</section>`,
  );
}
