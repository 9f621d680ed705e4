// Qualtrics display, branch and skip logic as Touchpoint conditions and jumps, on hand-built .qsf files.
import { describe, expect, it } from "vitest";
import { allQuestions } from "../definition.ts";
import { choices, logic, qsf, selected } from "./qualtrics-fixtures.ts";
import { importQualtricsQsf } from "./qualtrics-qsf.ts";

describe("Qualtrics logic import", () => {
  it("translates display logic with and/or groups, embedded data into hidden fields, and branches into page conditions", () => {
    const questions = {
      QID1: { QuestionType: "MC", Selector: "SAVR", QuestionText: "Plan", Choices: choices("Basic", "Pro") },
      QID2: { QuestionType: "MC", Selector: "MAVR", QuestionText: "Uses", Choices: choices("Web", "App") },
      QID3: {
        QuestionType: "TE",
        Selector: "SL",
        QuestionText: "Why?",
        DisplayLogic: logic(
          [selected("QID1", "2"), selected("QID2", "1", { Conjuction: "And" })],
          [
            {
              LogicType: "EmbeddedField",
              LeftOperand: "segment",
              Operator: "EqualTo",
              RightOperand: "vip",
              Type: "Expression",
              Conjuction: "Or",
            },
          ],
        ),
      },
      QID4: { QuestionType: "TE", Selector: "SL", QuestionText: "Pro feedback" },
    };
    const { definition } = importQualtricsQsf(
      qsf({
        questions,
        blocks: [
          {
            id: "BL_main",
            elements: ["QID1", "QID2", "QID3"].map((QuestionID) => ({ Type: "Question", QuestionID })),
          },
          { id: "BL_pro", elements: [{ Type: "Question", QuestionID: "QID4" }] },
        ],
        flow: [
          { Type: "EmbeddedData", FlowID: "FL_2", EmbeddedData: [{ Field: "segment", Type: "Custom" }] },
          { Type: "Block", ID: "BL_main", FlowID: "FL_3" },
          {
            Type: "Branch",
            FlowID: "FL_4",
            BranchLogic: logic([selected("QID1", "2")]),
            Flow: [{ Type: "Block", ID: "BL_pro", FlowID: "FL_5" }],
          },
        ],
      }),
    );
    expect(definition.hiddenFields).toEqual([{ key: "segment" }]);
    expect(allQuestions(definition)[2]?.showIf).toEqual({
      any: [
        {
          all: [
            { subject: { source: "answer", question: "QID1" }, op: "eq", value: "c2" },
            { subject: { source: "answer", question: "QID2" }, op: "contains", value: "c1" },
          ],
        },
        { subject: { source: "hidden", field: "segment" }, op: "eq", value: "vip" },
      ],
    });
    expect(definition.pages[1]?.showIf).toEqual({
      subject: { source: "answer", question: "QID1" },
      op: "eq",
      value: "c2",
    });
  });

  it("ends the survey where skip logic or a branch says so, with a jump to the ending", () => {
    const questions = {
      QID1: {
        QuestionType: "MC",
        Selector: "SAVR",
        QuestionText: "Customer?",
        Choices: choices("Yes", "No"),
      },
      QID2: { QuestionType: "TE", Selector: "SL", QuestionText: "Since when?" },
      QID3: { QuestionType: "TE", Selector: "SL", QuestionText: "Anything else?" },
    };
    const skipped = importQualtricsQsf(
      qsf({
        questions,
        blocks: [
          {
            id: "BL_1",
            elements: [
              {
                Type: "Question",
                QuestionID: "QID1",
                SkipLogic: [
                  {
                    Locator: "q://QID1/SelectableChoice/2",
                    Condition: "Selected",
                    SkipToDestination: "ENDOFSURVEY",
                  },
                ],
              },
              { Type: "Question", QuestionID: "QID2" },
            ],
          },
          { id: "BL_2", elements: [{ Type: "Question", QuestionID: "QID3" }] },
        ],
      }),
    ).definition;
    const notCustomer = { subject: { source: "answer", question: "QID1" }, op: "eq", value: "c2" };
    expect(skipped.pages[0]?.jumps).toEqual([{ when: notCustomer, end: "thanks" }]);
    expect(allQuestions(skipped)[1]?.showIf).toEqual({ not: notCustomer });

    const branched = importQualtricsQsf(
      qsf({
        questions,
        blocks: [
          {
            id: "BL_1",
            elements: [
              { Type: "Question", QuestionID: "QID1" },
              { Type: "Question", QuestionID: "QID2" },
            ],
          },
          { id: "BL_2", elements: [{ Type: "Question", QuestionID: "QID3" }] },
        ],
        flow: [
          { Type: "Block", ID: "BL_1", FlowID: "FL_2" },
          {
            Type: "Branch",
            FlowID: "FL_3",
            BranchLogic: logic([selected("QID1", "2")]),
            Flow: [{ Type: "EndSurvey", FlowID: "FL_4" }],
          },
          { Type: "Block", ID: "BL_2", FlowID: "FL_5" },
        ],
      }),
    ).definition;
    expect(branched.pages[0]?.jumps).toEqual([{ when: notCustomer, end: "thanks" }]);
    expect(branched.pages).toHaveLength(2);
  });
});
