// Matrix and ranking, kept simple to stay small: one select per row (the row's column) or per option (its
// rank). The API's rules still hold: a ranking is sent only when every option has a different rank.
import type { Choice, Question } from "@touchpoint/core";
import { UNFINISHED } from "../answer-checks.ts";
import { h } from "./dom.ts";
import type { FieldContext } from "./field-context.ts";

function selectRows(
  ctx: FieldContext,
  rows: Choice[],
  options: { value: string; label: string }[],
  update: (values: string[]) => void,
) {
  const selects = rows.map((row) => {
    const id = ctx.id(`row-${row.id}`);
    const select = h(
      "select",
      { class: "field", id, onchange: () => update(selects.map((item) => item.value)) },
      h("option", { value: "" }, "—"),
      ...options.map((option) => h("option", { value: option.value }, option.label)),
    );
    return select;
  });
  return h(
    "div",
    { role: "group", "aria-labelledby": ctx.titleId, "aria-describedby": ctx.describedBy },
    ...rows.map((row, i) =>
      h(
        "div",
        { class: "row" },
        h("label", { for: ctx.id(`row-${row.id}`) }, ctx.text(row.label)),
        selects[i],
      ),
    ),
  );
}

/** Answers {rowId: columnId} for the rows answered. */
export function matrixField(question: Extract<Question, { type: "matrix" }>, ctx: FieldContext): HTMLElement {
  const columns = question.columns.map((column) => ({ value: column.id, label: ctx.text(column.label) }));
  return selectRows(ctx, question.rows, columns, (values) => {
    const answer: Record<string, string> = {};
    question.rows.forEach((row, i) => {
      if (values[i]) answer[row.id] = values[i];
    });
    ctx.change(Object.keys(answer).length > 0 ? answer : undefined);
  });
}

/** Answers the option ids in rank order, once each option has its own rank. */
export function rankingField(
  question: Extract<Question, { type: "ranking" }>,
  ctx: FieldContext,
): HTMLElement {
  const ranks = question.choices.map((_, i) => ({ value: String(i + 1), label: `${ctx.t.rank} ${i + 1}` }));
  return selectRows(ctx, question.choices, ranks, (values) => {
    if (values.every((value) => value === "")) return ctx.change(undefined);
    const complete = values.every((value) => value !== "") && new Set(values).size === values.length;
    if (!complete) return ctx.change(UNFINISHED);
    const order = question.choices.map((choice, i) => ({ id: choice.id, rank: Number(values[i]) }));
    ctx.change(order.sort((a, b) => a.rank - b.rank).map((item) => item.id));
  });
}
