// Scale questions (NPS 0–10, CSAT 1–5, CES 1–7, rating) as one row of radio buttons styled as boxes,
// stars or faces, with the scale's end labels under the row and read out on the end points.
import type { Question } from "@touchpoint/core";
import { html, type SafeHtml } from "./html.ts";
import { format } from "./messages.ts";
import { fieldId, groupQuestion, isChosen, type QuestionView } from "./question-markup.ts";

type ScaleQuestion = Extract<Question, { type: "nps" | "csat" | "ces" | "rating" }>;

/** A face from frowning (0) to beaming (1), drawn inline: emoji fonts differ between phones, or are missing. */
function face(mood: number): SafeHtml {
  const mouth = Math.round(16 + mood * 12);
  return html`<svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="16" cy="16" r="13"/><circle cx="11.5" cy="13" r="1" fill="currentColor"/><circle cx="20.5" cy="13" r="1" fill="currentColor"/><path d="M10.5 21.5Q16 ${mouth} 21.5 21.5"/></svg>`;
}

function scaleOf(question: ScaleQuestion, t: QuestionView["t"]) {
  switch (question.type) {
    case "nps":
      return { min: 0, max: 10, low: t.npsLow, high: t.npsHigh, style: "numbers" as const };
    case "csat":
      return { min: 1, max: 5, low: t.csatLow, high: t.csatHigh, style: "numbers" as const };
    case "ces":
      return { min: 1, max: 7, low: t.cesLow, high: t.cesHigh, style: "numbers" as const };
    case "rating":
      // Stars and faces speak for themselves; end labels only when the survey gives them.
      return { min: 1, max: question.points, low: "", high: "", style: question.style };
  }
}

export function renderScaleQuestion(view: QuestionView, question: ScaleQuestion): SafeHtml {
  const scale = scaleOf(question, view.t);
  const low = view.text(question.lowLabel) || scale.low;
  const high = view.text(question.highLabel) || scale.high;
  const count = scale.max - scale.min + 1;
  const points = Array.from({ length: count }, (_, i) => scale.min + i);
  const items = points.map((n, i) => {
    const id = fieldId(question.id, String(n));
    const end = n === scale.min ? low : n === scale.max ? high : "";
    const shown =
      scale.style === "stars"
        ? html`<span aria-hidden="true">★</span><span class="sr">${format(view.t.stars, { n })}</span>`
        : scale.style === "smileys"
          ? html`${face(i / (count - 1))}<span class="sr">${n}</span>`
          : html`${n}`;
    return html`<input type="radio" class="sr" id="${id}" name="${question.id}" value="${n}"${
      isChosen(view.values, question.id, String(n)) ? html` checked` : undefined
    }><label for="${id}">${shown}${end ? html`<span class="sr"> (${end})</span>` : undefined}</label>`;
  });
  const classes = scale.style === "numbers" ? "scale" : `scale icons ${scale.style}`;
  const ends =
    low || high
      ? html`<div class="ends" aria-hidden="true"><span>${low}</span><span>${high}</span></div>`
      : undefined;
  return groupQuestion(view, html`<div class="${classes}" style="--n:${count}">${items}</div>${ends}`);
}
