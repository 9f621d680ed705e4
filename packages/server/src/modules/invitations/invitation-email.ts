// Renders one invitation (or reminder) email: subject, HTML and text parts in the recipient's language, with
// `{{customer.name}}` piping, the first score question embedded as one link per score (else a start link),
// an unsubscribe link and an open-tracking pixel. Pure: the same input renders the same email.
import { type LocalizedText, pickText, pipeText, type SurveyDefinition } from "@touchpoint/core";
import { html, type SafeHtml } from "../hosted-page/html.ts";
import { type EmailMessages, emailMessagesFor, fill } from "./email-messages.ts";
import { type EmbeddedScale, embeddedScaleOf } from "./embedded-question.ts";

export interface InvitationLinks {
  start: string;
  score(value: number): string;
  unsubscribe: string;
  openPixel: string;
}

/** The links of one invitation under `base` (TOUCHPOINT_PUBLIC_URL or the address the batch came from). */
export function invitationLinks(base: string, token: string): InvitationLinks {
  const root = `${base.replace(/\/+$/, "")}/i/${token}`;
  return {
    start: root,
    score: (value) => `${root}?a=${value}`,
    unsubscribe: `${root}/unsubscribe`,
    openPixel: `${root}/open.gif`,
  };
}

export interface EmailInput {
  definition: SurveyDefinition;
  language: string;
  subject: LocalizedText | null;
  message: LocalizedText | null;
  recipient: { email: string; name: string | null; hidden: Record<string, string> };
  links: InvitationLinks;
  reminder: boolean;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Text of the email before the survey: the sender's message, else a greeting and the default message. */
function paragraphsOf(input: EmailInput, t: EmailMessages, pipe: (text: string) => string): string[] {
  const { message, recipient, language, definition, reminder } = input;
  const body = message
    ? pipe(pickText(message, language, definition.defaultLanguage))
    : [
        recipient.name ? fill(t.greetingNamed, { name: recipient.name }) : t.greeting,
        reminder ? t.reminderIntro : t.defaultMessage,
      ].join("\n\n");
  return body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

const CELL =
  "display:inline-block;min-width:34px;padding:10px 4px;border:1px solid #d0d5dd;border-radius:6px;" +
  "color:#101828;background:#ffffff;text-decoration:none;font-weight:bold;text-align:center";

function scaleHtml(scale: EmbeddedScale, title: string, t: EmailMessages, links: InvitationLinks): SafeHtml {
  const label = (point: number) => (scale.style === "stars" ? "★".repeat(point) : String(point));
  return html`<p style="margin:0 0 6px;font-weight:bold">${title}</p>
<p style="margin:0 0 12px;color:#475467;font-size:14px">${t.pickScore}</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr>${scale.points.map(
    (point) =>
      html`<td style="padding:0 4px 0 0"><a href="${links.score(point)}" style="${CELL}">${label(point)}</a></td>`,
  )}</tr></table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin-top:6px;font-size:13px;color:#475467"><tr><td>${scale.lowLabel}</td><td align="right">${scale.highLabel}</td></tr></table>`;
}

function startHtml(t: EmailMessages, links: InvitationLinks): SafeHtml {
  return html`<a href="${links.start}" style="display:inline-block;padding:14px 24px;background:#101828;color:#ffffff;border-radius:8px;text-decoration:none;font-weight:bold">${t.start}</a>`;
}

function renderHtml(parts: {
  language: string;
  subject: string;
  brandColor: string;
  paragraphs: string[];
  survey: SafeHtml;
  t: EmailMessages;
  links: InvitationLinks;
}): string {
  const { t, links } = parts;
  const paragraph = (text: string) =>
    html`<p style="margin:0 0 16px">${text.split("\n").map((line, i) => (i ? html`<br>${line}` : line))}</p>`;
  return html`<!doctype html>
<html lang="${parts.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${parts.subject}</title></head>
<body style="margin:0;padding:0;background:#f2f4f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-top:4px solid ${parts.brandColor};border-radius:12px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#101828">
<tr><td style="padding:28px 28px 8px">${parts.paragraphs.map(paragraph)}</td></tr>
<tr><td style="padding:8px 28px 28px">${parts.survey}</td></tr>
</table>
<p style="max-width:600px;margin:16px auto 0;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#667085">${t.footer} <a href="${links.unsubscribe}" style="color:#667085">${t.unsubscribe}</a></p>
<img src="${links.openPixel}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">
</td></tr></table>
</body>
</html>
`.markup;
}

function renderText(
  paragraphs: string[],
  survey: string[],
  t: EmailMessages,
  links: InvitationLinks,
): string {
  // "-- " starts the signature block (RFC 3676): clients grey out the footer that follows.
  const footer = ["-- ", t.footer, `${t.unsubscribe}: ${links.unsubscribe}`].join("\n");
  return `${[...paragraphs, survey.join("\n"), footer].join("\n\n")}\n`;
}

export function renderInvitationEmail(input: EmailInput): RenderedEmail {
  const { definition, language, recipient, links } = input;
  const t = emailMessagesFor(language);
  const customer = { email: recipient.email, ...(recipient.name ? { name: recipient.name } : {}) };
  const context = { hidden: recipient.hidden, customer };
  const pipe = (template: string) =>
    pipeText(template, { answers: {}, ...context, definition, language }).trim();
  const pick = (text: LocalizedText) => pickText(text, language, definition.defaultLanguage);
  const baseSubject = pipe(pick(input.subject ?? definition.title)).replace(/\s+/g, " ");
  const subject = input.reminder ? fill(t.reminderSubject, { subject: baseSubject }) : baseSubject;
  const paragraphs = paragraphsOf(input, t, pipe);
  const scale = embeddedScaleOf(definition, context, language);
  const title = scale ? pipe(pick(scale.question.title)) : "";
  const textSurvey = scale
    ? [
        title,
        ...scale.points.map((point, i) => {
          const end = i === 0 ? scale.lowLabel : i === scale.points.length - 1 ? scale.highLabel : "";
          return `${point}${end ? ` (${end})` : ""}: ${links.score(point)}`;
        }),
      ]
    : [`${t.start}: ${links.start}`];
  return {
    subject,
    html: renderHtml({
      language,
      subject,
      brandColor: definition.theme.brandColor,
      paragraphs,
      survey: scale ? scaleHtml(scale, title, t, links) : startHtml(t, links),
      t,
      links,
    }),
    text: renderText(paragraphs, textSurvey, t, links),
  };
}
