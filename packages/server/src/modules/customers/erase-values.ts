// What of a record is a person's own words or contact details, and what stays when they are erased: answers
// lose their free text (text, email and phone questions, "other" texts, free-text intents) but keep scores,
// choices, numbers, dates and consent, so every count and aggregate stays what it was.
import {
  allQuestions,
  customerKeysOf,
  foldForSearch,
  type Question,
  type SurveyDefinition,
} from "@touchpoint/core";

type Answers = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One answer without its free text; undefined when nothing of it may stay. */
function eraseAnswer(question: Question | undefined, value: unknown): unknown {
  switch (question?.type) {
    case "text":
    case "email":
    case "phone":
      return undefined;
    case "goal_completion":
      // With intent choices the intent is a choice id; without, the customer's own words.
      if (isObject(value) && !question.intentChoices) {
        const { intent: _words, ...rest } = value;
        return rest;
      }
      return value;
    case undefined:
      // A question the definition no longer has: keep what cannot be words.
      if (typeof value === "string") return undefined;
      if (isObject(value) && "intent" in value) {
        const { intent: _words, ...rest } = value;
        return eraseOther(rest);
      }
      return eraseOther(value);
    default:
      return eraseOther(value);
  }
}

/** An "other" choice stays chosen (distributions count it) but its text goes: `{ other: "" }`. */
function eraseOther(value: unknown) {
  return isObject(value) && typeof value.other === "string" ? { ...value, other: "" } : value;
}

export function eraseAnswers(definition: SurveyDefinition | undefined, answers: Answers): Answers {
  const questions = new Map(definition ? allQuestions(definition).map((q) => [q.id, q]) : []);
  const kept: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    const erased = eraseAnswer(questions.get(id), value);
    if (erased !== undefined) kept[id] = erased;
  }
  return kept;
}

/**
 * The forms a phone number is written in by the systems that send it ("+84901234567", "0901234567",
 * "84901234567", "0084901234567"): the contact log keys phones as sent, digits and "+" only.
 */
export function phoneForms(e164: string): string[] {
  const digits = e164.replace(/^\+/, "");
  const forms = [e164, digits, `00${digits}`];
  if (digits.startsWith("84")) forms.push(`0${digits.slice(2)}`, digits.slice(2), `+840${digits.slice(2)}`);
  return forms;
}

export interface PersonalValues {
  names: string[];
  emails: string[];
  /** E.164 */
  phones: string[];
  externalIds: string[];
}

/** Tells whether a free value (a hidden field, say) is one of the person's names, addresses or ids. */
export function personalValueTest(values: PersonalValues) {
  const texts = new Set(
    [...values.names, ...values.emails, ...values.externalIds].map((text) => foldForSearch(text)),
  );
  const phones = new Set(values.phones.flatMap(phoneForms));
  return (value: string) => {
    const folded = foldForSearch(value);
    if (texts.has(folded)) return true;
    if (values.emails.some((email) => folded.includes(email))) return true;
    const dialled = value.replace(/[^\d+]/g, "");
    return dialled.length >= 6 && phones.has(dialled);
  };
}

/** Hidden values without the person's own: a hidden field can carry an email or a name from a link. */
export function eraseHidden(hidden: Record<string, string>, isPersonal: (value: string) => boolean) {
  return Object.fromEntries(Object.entries(hidden).filter(([, value]) => !isPersonal(value)));
}

/** The keys the contact log may know the person by (contacts/customerKeysOf, for each form of a phone). */
export function contactKeysOf(identities: { kind: string; system: string; value: string }[]): string[] {
  const keys = identities.flatMap((identity) => {
    if (identity.kind === "email") return customerKeysOf({ email: identity.value });
    if (identity.kind === "phone")
      return phoneForms(identity.value).flatMap((phone) => customerKeysOf({ phone }));
    return identity.system === "default" ? customerKeysOf({ externalId: identity.value }) : [];
  });
  return [...new Set(keys)];
}
