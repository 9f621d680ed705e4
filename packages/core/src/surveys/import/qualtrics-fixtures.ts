// Builders of small Qualtrics .qsf files for the import tests: one block per list of questions, a flow in order.
export type Payload = Record<string, unknown>;
export const choices = (...labels: string[]) =>
  Object.fromEntries(labels.map((label, i) => [String(i + 1), { Display: label }]));
/** RecodeValues for choices 1, 2, … in order; Qualtrics writes numbers and numeric strings alike. */
export const recodes = (...values: (number | string)[]) =>
  Object.fromEntries(values.map((value, i) => [String(i + 1), value]));
/** The 0–10 choices of a Qualtrics NPS question: an array, so its keys are "0" … "10". */
export const npsChoices = () => Array.from({ length: 11 }, (_, i) => ({ Display: String(i) }));

/** A .qsf with the given questions in one block (or the given blocks and flow). */
export function qsf(options: {
  questions: Record<string, Payload>;
  blocks?: { id: string; elements: Payload[] }[];
  flow?: Payload[];
  language?: string;
}): string {
  const blocks = options.blocks ?? [
    {
      id: "BL_1",
      elements: Object.keys(options.questions).map((qid) => ({ Type: "Question", QuestionID: qid })),
    },
  ];
  const flow =
    options.flow ?? blocks.map((block) => ({ Type: "Block", ID: block.id, FlowID: `FL_${block.id}` }));
  return JSON.stringify({
    SurveyEntry: { SurveyID: "SV_1", SurveyName: "Hand-built", SurveyLanguage: options.language ?? "EN" },
    SurveyElements: [
      {
        Element: "BL",
        Payload: blocks.map((block) => ({
          Type: "Standard",
          ID: block.id,
          Description: block.id,
          BlockElements: block.elements,
        })),
      },
      { Element: "FL", Payload: { Type: "Root", FlowID: "FL_1", Flow: flow } },
      ...Object.entries(options.questions).map(([qid, payload]) => ({
        Element: "SQ",
        PrimaryAttribute: qid,
        Payload: { QuestionID: qid, DataExportTag: qid, Language: [], ...payload },
      })),
    ],
  });
}

export const selected = (qid: string, choice: string, extra: Payload = {}) => ({
  LogicType: "Question",
  QuestionID: qid,
  LeftOperand: `q://${qid}/SelectableChoice/${choice}`,
  Operator: "Selected",
  Type: "Expression",
  ...extra,
});
export const logic = (...groups: Payload[][]) => ({
  ...Object.fromEntries(
    groups.map((group, g) => [
      String(g),
      { ...Object.fromEntries(group.map((e, i) => [String(i), e])), Type: "If" },
    ]),
  ),
  Type: "BooleanExpression",
});
