// Checks the recipients of a send one by one against the survey: a valid address, a language tag, hidden
// values the survey declares. Bad rows are reported with their row and field, repeated addresses counted.

import type { RecipientInput, RowError } from "@touchpoint/core";
import { chooseLanguage, emailSchema, languageSchema, type SurveyDefinition } from "@touchpoint/core";
import type { FieldError } from "../../platform/errors.ts";

/** Filled in by Touchpoint on the response when the survey declares it, so a sender cannot set it. */
export const INVITATION_ID_FIELD = "invitation_id";

export interface Recipient {
  row: number;
  email: string;
  name: string | null;
  /** One of the survey's languages: the recipient's when the survey speaks it, else the default. */
  language: string;
  hidden: Record<string, string>;
}

export interface SourceRecipient {
  row: number;
  input: RecipientInput;
}

export interface CheckedRecipients {
  recipients: Recipient[];
  duplicates: number;
  errors: RowError[];
}

function checkHidden(definition: SurveyDefinition, hidden: Record<string, string>, errors: FieldError[]) {
  const declared = new Set(definition.hiddenFields.map((field) => field.key));
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(hidden)) {
    const path = `hidden.${key}`;
    if (key === INVITATION_ID_FIELD) errors.push({ path, message: "is set by Touchpoint" });
    else if (!declared.has(key))
      errors.push({ path, message: "this survey has no hidden field with this key" });
    else if (value.length > 2000) errors.push({ path, message: "at most 2000 characters" });
    else values[key] = value.normalize("NFC");
  }
  return values;
}

function checkRecipient(definition: SurveyDefinition, { row, input }: SourceRecipient) {
  const errors: FieldError[] = [];
  const email = emailSchema.safeParse(input.email);
  if (!email.success) errors.push({ path: "email", message: "must be an email address" });
  const name = input.name?.trim().normalize("NFC") || null;
  if (name && name.length > 200) errors.push({ path: "name", message: "at most 200 characters" });
  const language = input.language?.trim() || undefined;
  if (language !== undefined && !languageSchema.safeParse(language).success)
    errors.push({ path: "language", message: "must be a language tag like vi or en" });
  const hidden = checkHidden(definition, input.hidden ?? {}, errors);
  if (errors.length > 0 || !email.success) return { errors };
  const recipient: Recipient = {
    row,
    email: email.data,
    name,
    language: chooseLanguage(definition, { requested: language }),
    hidden,
  };
  return { recipient, errors };
}

export function checkRecipients(definition: SurveyDefinition, rows: SourceRecipient[]): CheckedRecipients {
  const seen = new Set<string>();
  const checked: CheckedRecipients = { recipients: [], duplicates: 0, errors: [] };
  for (const row of rows) {
    const { recipient, errors } = checkRecipient(definition, row);
    if (!recipient) checked.errors.push({ row: row.row, errors });
    else if (seen.has(recipient.email)) checked.duplicates += 1;
    else {
      seen.add(recipient.email);
      checked.recipients.push(recipient);
    }
  }
  return checked;
}
