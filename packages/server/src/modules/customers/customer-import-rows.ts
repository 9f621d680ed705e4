// One import row from its cells: the identities it names (external ids, then emails, then phones, as
// identity resolution orders them) and the profile fields it sets; each bad cell an error under its column.
import {
  type AttributeDefinition,
  type AttributeValue,
  CONSENT_CHANNELS,
  type ConsentChannel,
  keySchema,
  languageSchema,
  normalizeEmail,
  normalizePhone,
  type Preferences,
} from "@touchpoint/core";
import type { FieldError } from "../../platform/errors.ts";
import {
  attributeFromCell,
  booleanFromCell,
  type Cell,
  contactHoursFromCell,
  tagsFromCell,
} from "./customer-import-cells.ts";
import type { ImportColumn } from "./customer-import-mapping.ts";
import { type Identity, identityKey } from "./identities.ts";

/** What a row says about its customer; absent fields leave the profile as it is. */
export interface ProfileChange {
  name?: string;
  language?: string;
  tags: string[];
  attributes: Record<string, AttributeValue>;
  /** Granted or withdrawn per channel; the source is the import's. */
  consent: Partial<Record<ConsentChannel, boolean>>;
  preferences: Omit<Preferences, "other">;
  otherPreferences: Record<string, string>;
}

export interface ImportRow {
  line: number;
  identities: Identity[];
  change: ProfileChange;
}

export type PreparedRow = { ok: true; row: ImportRow } | { ok: false; line: number; errors: FieldError[] };

const KIND_ORDER = { external: 0, email: 1, phone: 2 } as const;

export function prepareRow(
  columns: ImportColumn[],
  definitions: Map<string, AttributeDefinition>,
  line: number,
  cells: string[],
): PreparedRow {
  const errors: FieldError[] = [];
  const found: Identity[] = [];
  const change: ProfileChange = {
    tags: [],
    attributes: {},
    consent: {},
    preferences: {},
    otherPreferences: {},
  };
  const take = <T>(column: ImportColumn, cell: Cell<T>, use: (value: T) => void) => {
    if ("error" in cell) errors.push({ path: column.header, message: cell.error });
    else use(cell.value);
  };
  const systemColumn = columns.find((column) => column.field.kind === "externalSystem");
  const rowSystem = systemColumn ? (cells[systemColumn.index] ?? "").trim() : "";
  if (systemColumn && rowSystem && !keySchema.safeParse(rowSystem).success)
    errors.push({
      path: systemColumn.header,
      message: "must be letters, digits and _, starting with a letter",
    });

  for (const column of columns) {
    const text = (cells[column.index] ?? "").trim();
    if (text === "") continue;
    const { field } = column;
    switch (field.kind) {
      case "externalId": {
        const value = text.normalize("NFC");
        if (value.length > 200)
          errors.push({ path: column.header, message: "must be at most 200 characters" });
        else found.push({ kind: "external", system: field.system ?? (rowSystem || "default"), value });
        break;
      }
      case "email": {
        const email = normalizeEmail(text);
        if (email) found.push({ kind: "email", system: "", value: email });
        else errors.push({ path: column.header, message: "must be an email address" });
        break;
      }
      case "phone": {
        const phone = normalizePhone(text);
        if (phone) found.push({ kind: "phone", system: "", value: phone });
        else
          errors.push({
            path: column.header,
            message: "must be a phone number (Vietnamese, or international with +)",
          });
        break;
      }
      case "name":
        if (text.length > 200)
          errors.push({ path: column.header, message: "must be at most 200 characters" });
        else change.name = text.normalize("NFC");
        break;
      case "language": {
        const language = /^[A-Za-z]{2,3}$/.test(text) ? text.toLowerCase() : text;
        if (languageSchema.safeParse(language).success) change.language = language;
        else errors.push({ path: column.header, message: "must be a language tag like vi or en" });
        break;
      }
      case "tags":
        take(column, tagsFromCell(text), (tags) => change.tags.push(...tags));
        break;
      case "attribute": {
        const definition = definitions.get(field.key);
        if (definition)
          take(column, attributeFromCell(definition, text), (value) => {
            change.attributes[field.key] = value;
          });
        break;
      }
      case "consent":
        take(column, booleanFromCell(text), (granted) => {
          change.consent[field.channel] = granted;
        });
        break;
      case "preference":
        preference(column, field.key, text, change, errors);
        break;
      case "externalSystem":
        break;
    }
  }
  const identities = unique(found).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  if (errors.length === 0 && identities.length === 0)
    errors.push({ path: "", message: "names no customer: give an external id, an email or a phone" });
  return errors.length > 0 ? { ok: false, line, errors } : { ok: true, row: { line, identities, change } };
}

function preference(
  column: ImportColumn,
  key: string,
  text: string,
  change: ProfileChange,
  errors: FieldError[],
) {
  const fail = (message: string) => errors.push({ path: column.header, message });
  if (key === "preferredChannel") {
    const channel = CONSENT_CHANNELS.find((known) => known === text.toLowerCase());
    if (channel) change.preferences.preferredChannel = channel;
    else fail(`must be one of ${CONSENT_CHANNELS.join(", ")}`);
  } else if (key === "language") {
    if (languageSchema.safeParse(text).success) change.preferences.language = text;
    else fail("must be a language tag like vi or en");
  } else if (key === "contactHours") {
    const hours = contactHoursFromCell(text);
    if ("error" in hours) fail(hours.error);
    else change.preferences.contactHours = hours.value;
  } else if (text.length > 500) {
    fail("must be at most 500 characters");
  } else {
    change.otherPreferences[key.slice("other.".length)] = text.normalize("NFC");
  }
}

function unique(identities: Identity[]) {
  const seen = new Set<string>();
  return identities.filter((identity) => {
    const key = identityKey(identity);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
