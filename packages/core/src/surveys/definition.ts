// A survey definition: pages of questions with logic, screens, hidden fields, theme, quotas and the
// languages it speaks. One schema shared by the API, the builder, the hosted page and the widget.
import { z } from "zod";
import { type Condition, conditionSchema, keySchema } from "./conditions.ts";
import { languageSchema, localizedTextSchema } from "./localized-text.ts";
import { type Question, questionSchema } from "./questions.ts";

/** After a page: the first rule whose condition holds sends the respondent to a page or to an ending. */
// ("when" rather than if/then: an object with a `then` property is a thenable to JavaScript.)
export const jumpRuleSchema = z.union([
  z.strictObject({ when: conditionSchema, jumpTo: keySchema }),
  z.strictObject({ when: conditionSchema, end: keySchema }),
]);
export type JumpRule = z.infer<typeof jumpRuleSchema>;

export const pageSchema = z.strictObject({
  id: keySchema,
  title: localizedTextSchema.optional(),
  showIf: conditionSchema.optional(),
  questions: z.array(questionSchema).min(1).max(100),
  jumps: z.array(jumpRuleSchema).max(50).default([]),
});
export type Page = z.infer<typeof pageSchema>;

export const screenSchema = z.strictObject({
  title: localizedTextSchema,
  body: localizedTextSchema.optional(),
});

export const endingSchema = screenSchema.extend({ id: keySchema });

export const hiddenFieldSchema = z.strictObject({
  key: keySchema,
  /** Shown in filters and exports; the key is used when absent. */
  label: z.string().max(120).optional(),
});

export const themeSchema = z.strictObject({
  brandColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour like #1c7ed6")
    .default("#1c7ed6"),
  logoUrl: z.url().max(2000).optional(),
});

/** A quota counts completed responses matching `when`; once `limit` is reached the survey closes or screens out. */
export const quotaSchema = z.strictObject({
  id: keySchema,
  name: z.string().min(1).max(120),
  when: conditionSchema,
  limit: z.number().int().min(1),
  action: z.enum(["close", "screen_out"]),
  /** Ending shown to a screened-out respondent. */
  ending: keySchema.optional(),
});

/** When the embedded web widget shows this survey on the customer's site. */
export const widgetSettingsSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** Page URL patterns ("*" is any text; "/checkout/*"); none means every page. */
  urlPatterns: z.array(z.string().min(1).max(500)).max(50).default([]),
  /** Show after one of these tracked events (Touchpoint.track("purchase")); none means on page load. */
  events: z.array(z.string().min(1).max(100)).max(50).default([]),
  delaySeconds: z.number().int().min(0).max(3600).default(0),
  exitIntent: z.boolean().default(false),
  /** Share of eligible visitors who are asked, 0–100. */
  samplingPercent: z.number().min(0).max(100).default(100),
  /** Don't show the widget survey again to the same browser within this many days. */
  recontactDays: z.number().int().min(0).max(3650).default(30),
  position: z.enum(["bottom-right", "bottom-left", "center"]).default("bottom-right"),
  /**
   * Show only to visitors in this customer segment. Needs identity verification: the site signs the
   * visitor's id (Touchpoint.identify({ id, userHash })); anonymous and unverified visitors are never shown it.
   */
  segmentId: z.uuid().optional(),
});
export type WidgetSettings = z.infer<typeof widgetSettingsSchema>;

const definitionShape = z.strictObject({
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  defaultLanguage: languageSchema,
  languages: z.array(languageSchema).min(1).max(20),
  welcome: screenSchema.optional(),
  pages: z.array(pageSchema).min(1).max(100),
  endings: z.array(endingSchema).min(1).max(20),
  hiddenFields: z.array(hiddenFieldSchema).max(50).default([]),
  theme: themeSchema.default({ brandColor: "#1c7ed6" }),
  quotas: z.array(quotaSchema).max(20).default([]),
  /** Per-survey frequency rule: do not ask the same customer again within this many days. */
  doNotAskAgainDays: z.number().int().min(1).max(3650).optional(),
  widget: widgetSettingsSchema.optional(),
});

export const surveyDefinitionSchema = definitionShape.superRefine((definition, ctx) => {
  for (const issue of findReferenceProblems(definition)) ctx.addIssue({ code: "custom", ...issue });
});
export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;

export function allQuestions(definition: Pick<SurveyDefinition, "pages">): Question[] {
  return definition.pages.flatMap((page) => page.questions);
}

type Problem = { path: (string | number)[]; message: string };

/** Cross-references a schema cannot see: unique ids, the default language present, logic pointing at real things. */
function findReferenceProblems(definition: z.infer<typeof definitionShape>): Problem[] {
  const problems: Problem[] = [];
  if (!definition.languages.includes(definition.defaultLanguage)) {
    problems.push({ path: ["defaultLanguage"], message: "must be one of languages" });
  }
  const pageIds = new Set<string>();
  const questionIds = new Set<string>();
  definition.pages.forEach((page, p) => {
    if (pageIds.has(page.id))
      problems.push({ path: ["pages", p, "id"], message: `duplicate page id "${page.id}"` });
    pageIds.add(page.id);
    page.questions.forEach((question, q) => {
      if (questionIds.has(question.id)) {
        problems.push({
          path: ["pages", p, "questions", q, "id"],
          message: `duplicate question id "${question.id}"`,
        });
      }
      questionIds.add(question.id);
      if (!question.title[definition.defaultLanguage]) {
        problems.push({
          path: ["pages", p, "questions", q, "title"],
          message: `needs a ${definition.defaultLanguage} text`,
        });
      }
      for (const [field, list] of Object.entries(choiceLists(question))) {
        const seen = new Set<string>();
        list.forEach((choice, c) => {
          if (seen.has(choice.id))
            problems.push({
              path: ["pages", p, "questions", q, field, c, "id"],
              message: `duplicate choice id "${choice.id}"`,
            });
          seen.add(choice.id);
        });
      }
    });
  });
  const endingIds = new Set(definition.endings.map((ending) => ending.id));
  const hiddenKeys = new Set(definition.hiddenFields.map((field) => field.key));
  const checkCondition = (condition: Condition | undefined, path: Problem["path"]) => {
    for (const problem of conditionReferenceProblems(condition, questionIds, hiddenKeys)) {
      problems.push({ path: [...path, ...problem.path], message: problem.message });
    }
  };
  definition.pages.forEach((page, p) => {
    checkCondition(page.showIf, ["pages", p, "showIf"]);
    for (const [q, question] of page.questions.entries()) {
      checkCondition(question.showIf, ["pages", p, "questions", q, "showIf"]);
    }
    for (const [j, jump] of page.jumps.entries()) {
      const at = ["pages", p, "jumps", j];
      checkCondition(jump.when, [...at, "when"]);
      if ("jumpTo" in jump) {
        const target = definition.pages.findIndex((candidate) => candidate.id === jump.jumpTo);
        if (target < 0) problems.push({ path: [...at, "jumpTo"], message: "no page has this id" });
        else if (target <= p) problems.push({ path: [...at, "jumpTo"], message: "must jump forward" });
      } else if (!endingIds.has(jump.end)) {
        problems.push({ path: [...at, "end"], message: "no ending has this id" });
      }
    }
  });
  const quotaIds = new Set<string>();
  definition.quotas.forEach((quota, i) => {
    // Places are counted by quota id: two quotas with one id would share a count.
    if (quotaIds.has(quota.id))
      problems.push({ path: ["quotas", i, "id"], message: `duplicate quota id "${quota.id}"` });
    quotaIds.add(quota.id);
    checkCondition(quota.when, ["quotas", i, "when"]);
    if (quota.ending && !endingIds.has(quota.ending))
      problems.push({ path: ["quotas", i, "ending"], message: "no ending has this id" });
  });
  return problems;
}

function choiceLists(question: Question): Record<string, { id: string }[]> {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
    case "ranking":
      return { choices: question.choices };
    case "matrix":
      return { rows: question.rows, columns: question.columns };
    case "goal_completion":
      return question.intentChoices ? { intentChoices: question.intentChoices } : {};
    default:
      return {};
  }
}

function conditionReferenceProblems(
  condition: Condition | undefined,
  questions: Set<string>,
  hidden: Set<string>,
): Problem[] {
  if (!condition) return [];
  if ("all" in condition)
    return condition.all.flatMap((c, i) =>
      prefix(["all", i], conditionReferenceProblems(c, questions, hidden)),
    );
  if ("any" in condition)
    return condition.any.flatMap((c, i) =>
      prefix(["any", i], conditionReferenceProblems(c, questions, hidden)),
    );
  if ("not" in condition)
    return prefix(["not"], conditionReferenceProblems(condition.not, questions, hidden));
  const { subject } = condition;
  if (subject.source === "answer" && !questions.has(subject.question)) {
    return [{ path: ["subject", "question"], message: `no question has the id "${subject.question}"` }];
  }
  if (subject.source === "hidden" && !hidden.has(subject.field)) {
    return [{ path: ["subject", "field"], message: `no hidden field has the key "${subject.field}"` }];
  }
  return [];
}

const prefix = (path: Problem["path"], problems: Problem[]) =>
  problems.map((p) => ({ ...p, path: [...path, ...p.path] }));
