// Scale questions (NPS 0–10, CSAT 1–5, CES 1–7, rating) as one row of radio buttons drawn as boxes, stars
// or faces; arrow keys move along the row, and the ends' labels are read out on the end points.
import type { Question } from "@touchpoint/core";
import { format } from "../messages.ts";
import { h } from "./dom.ts";
import { type FieldContext, groupAria } from "./field-context.ts";

type ScaleQuestion = Extract<Question, { type: "nps" | "csat" | "ces" | "rating" }>;

// Faces from Unicode 6.0, which every emoji font has (the newer 🙁 and 🙂 are missing from some).
const FACES = ["😠", "😞", "😐", "😊", "😄"];

function scaleOf(question: ScaleQuestion, ctx: FieldContext) {
  const { t } = ctx;
  switch (question.type) {
    case "nps":
      return { min: 0, max: 10, low: t.npsLow, high: t.npsHigh, style: "numbers" };
    case "csat":
      return { min: 1, max: 5, low: t.csatLow, high: t.csatHigh, style: "numbers" };
    case "ces":
      return { min: 1, max: 7, low: t.cesLow, high: t.cesHigh, style: "numbers" };
    case "rating":
      return { min: 1, max: question.points, low: "", high: "", style: question.style };
  }
}

export function scaleField(question: ScaleQuestion, ctx: FieldContext): HTMLElement {
  const scale = scaleOf(question, ctx);
  const low = ctx.text(question.lowLabel) || scale.low;
  const high = ctx.text(question.highLabel) || scale.high;
  const count = scale.max - scale.min + 1;
  const labels: HTMLLabelElement[] = [];
  const mark = (chosen: number) =>
    labels.forEach((label, i) => {
      label.classList.toggle(
        "on",
        scale.style === "stars" ? i + scale.min <= chosen : i + scale.min === chosen,
      );
    });
  const points = Array.from({ length: count }, (_, i) => {
    const n = scale.min + i;
    const end = n === scale.min ? low : n === scale.max ? high : "";
    const face =
      scale.style === "stars"
        ? [h("span", { "aria-hidden": "true" }, "★"), h("span", { class: "sr" }, format(ctx.t.stars, { n }))]
        : scale.style === "smileys"
          ? [
              h("span", { "aria-hidden": "true" }, FACES[Math.round((i * 4) / (count - 1))]),
              h("span", { class: "sr" }, String(n)),
            ]
          : [String(n)];
    const input = h("input", {
      type: "radio",
      class: "sr",
      id: ctx.id(String(n)),
      name: ctx.id("scale"),
      value: String(n),
      onchange: () => {
        mark(n);
        ctx.change(n);
      },
    });
    const label = h("label", { for: input.id }, ...face, end && h("span", { class: "sr" }, ` (${end})`));
    labels.push(label);
    return [input, label];
  });
  const row = h("div", {
    class: scale.style === "numbers" ? "scale" : `scale icons ${scale.style}`,
    style: `--n:${count}`,
    ...groupAria(ctx),
  });
  row.append(...points.flat());
  const ends =
    (low || high) &&
    h("div", { class: "ends", "aria-hidden": "true" }, h("span", {}, low), h("span", {}, high));
  const field = h("div", {}, row, ends);
  return field;
}
