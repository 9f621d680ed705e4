import type { SurveyDefinition } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { contactKeysOf, eraseAnswers, eraseHidden, personalValueTest, phoneForms } from "./erase-values.ts";

const title = { vi: "?" };
const definition = {
  pages: [
    {
      id: "p1",
      questions: [
        { id: "nps", type: "nps", title },
        { id: "why", type: "text", title },
        { id: "mail", type: "email", title },
        { id: "tel", type: "phone", title },
        { id: "visit", type: "date", title },
        { id: "agree", type: "consent", title, text: title },
        {
          id: "channel",
          type: "single_choice",
          title,
          allowOther: true,
          choices: [{ id: "app", label: title }],
        },
        {
          id: "used",
          type: "multiple_choice",
          title,
          allowOther: true,
          choices: [{ id: "app", label: title }],
        },
        { id: "goal", type: "goal_completion", title },
        { id: "picked", type: "goal_completion", title, intentChoices: [{ id: "pay", label: title }] },
      ],
    },
  ],
} as unknown as SurveyDefinition;

describe("erasing answers", () => {
  it("drops text, email and phone answers and free-text intents, blanks 'other' texts, keeps the rest", () => {
    const answers = {
      nps: 3,
      why: "Nhân viên Trần Văn B ở chi nhánh cư xử tệ",
      mail: "an@example.vn",
      tel: "+84901234567",
      visit: "2026-11-20",
      agree: true,
      channel: { other: "Zalo của chị Lan" },
      used: { choices: ["app"], other: "gọi cho anh Minh" },
      goal: { achieved: false, intent: "rút tiền cho mẹ" },
      picked: { achieved: true, intent: "pay" },
    };
    expect(eraseAnswers(definition, answers)).toEqual({
      nps: 3,
      visit: "2026-11-20",
      agree: true,
      channel: { other: "" },
      used: { choices: ["app"], other: "" },
      goal: { achieved: false },
      picked: { achieved: true, intent: "pay" },
    });
  });

  it("keeps only what cannot be words for a question the definition no longer has", () => {
    expect(eraseAnswers(undefined, { a: 5, b: "words", c: { choice: "x" }, d: { other: "y" } })).toEqual({
      a: 5,
      c: { choice: "x" },
      d: { other: "" },
    });
  });
});

describe("personal values", () => {
  const isPersonal = personalValueTest({
    names: ["Nguyễn Văn An"],
    emails: ["an@example.vn"],
    phones: ["+84901234567"],
    externalIds: ["KH-1"],
  });

  it("recognises the person's name, address, phone in any form and id in a free value", () => {
    expect(
      ["nguyen van an", "AN@example.vn", "mail: an@example.vn", "0901 234 567", "kh-1"].map(isPersonal),
    ).toEqual([true, true, true, true, true]);
    expect(["branch HN-01", "9", "Nguyễn Văn Bình"].map(isPersonal)).toEqual([false, false, false]);
    expect(eraseHidden({ touchpoint: "atm", contact: "0901234567" }, isPersonal)).toEqual({
      touchpoint: "atm",
    });
  });

  it("names every key the contact log may hold for the person", () => {
    expect(phoneForms("+84901234567")).toContain("0901234567");
    expect(
      contactKeysOf([
        { kind: "email", system: "", value: "an@example.vn" },
        { kind: "phone", system: "", value: "+84901234567" },
        { kind: "external", system: "default", value: "KH-1" },
        { kind: "external", system: "crm", value: "C-9" },
      ]),
    ).toEqual(
      expect.arrayContaining(["email:an@example.vn", "phone:+84901234567", "phone:0901234567", "id:KH-1"]),
    );
  });
});
