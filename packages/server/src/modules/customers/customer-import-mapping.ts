// Which column of a customer import feeds which field: explicit mappings ("Số điện thoại" → phone, from
// --map flags or a mapping file) first, then the default column names (and a few Vietnamese ones). A
// mistake in the mapping stops the import before any row is read; columns nothing maps are reported.
import {
  type AttributeDefinition,
  CONSENT_CHANNELS,
  type ConsentChannel,
  foldForSearch,
  keySchema,
} from "@touchpoint/core";
import { z } from "zod";
import { type FieldError, ValidationError } from "../../platform/errors.ts";

export type ImportField =
  /** system null: the row's external_system column, else "default". */
  | { kind: "externalId"; system: string | null }
  | { kind: "externalSystem" | "email" | "phone" | "name" | "language" | "tags" }
  | { kind: "attribute"; key: string }
  | { kind: "consent"; channel: ConsentChannel }
  | { kind: "preference"; key: "preferredChannel" | "language" | "contactHours" | `other.${string}` };

export interface ImportColumn {
  index: number;
  header: string;
  field: ImportField;
}

/** Column header (as written in the file) → field name ("phone", "attr.tier", "consent.email"). */
export const columnMappingSchema = z.record(z.string().min(1), z.string().min(1));
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

const PLAIN_FIELDS = ["external_system", "email", "phone", "name", "language", "tags"] as const;
const PLAIN_KINDS = {
  external_system: "externalSystem",
  email: "email",
  phone: "phone",
  name: "name",
  language: "language",
  tags: "tags",
} as const;
const PREFERENCES = new Map<string, "preferredChannel" | "language" | "contactHours">([
  ["preferred_channel", "preferredChannel"],
  ["preferredChannel", "preferredChannel"],
  ["language", "language"],
  ["contact_hours", "contactHours"],
  ["contactHours", "contactHours"],
]);

/** Headers understood without a mapping, folded (no diacritics, lower case, "_" for spaces). */
const DEFAULT_HEADERS = new Map(
  Object.entries({
    external_id: ["externalid", "ma_khach_hang"],
    external_system: [],
    email: ["e_mail", "thu_dien_tu"],
    phone: ["so_dien_thoai", "dien_thoai", "sdt"],
    name: ["ho_ten", "ho_va_ten", "ten_khach_hang"],
    language: ["ngon_ngu"],
    tags: ["nhan"],
  }).flatMap(([field, aliases]) => [field, ...aliases].map((alias) => [alias, field] as const)),
);

const folded = (text: string) => foldForSearch(text).replace(/[\s-]+/g, "_");

/** The field a target names ("phone", "external_id.crm", "attr.tier", …), or the reason it names none. */
export function fieldOf(target: string): ImportField | string {
  const text = target.trim();
  const [prefix = "", ...rest] = text.split(".");
  const key = rest.join(".");
  const lower = prefix.toLowerCase();
  if (rest.length === 0) {
    if (lower === "external_id") return { kind: "externalId", system: null };
    const plain = PLAIN_FIELDS.find((name) => name === lower);
    if (plain) return { kind: PLAIN_KINDS[plain] };
  } else if (lower === "external_id") {
    return keySchema.safeParse(key).success ? { kind: "externalId", system: key } : `bad system "${key}"`;
  } else if (lower === "attr") {
    return keySchema.safeParse(key).success ? { kind: "attribute", key } : `bad attribute key "${key}"`;
  } else if (lower === "consent") {
    const channel = CONSENT_CHANNELS.find((known) => known === key);
    return channel ? { kind: "consent", channel } : `consent channels are ${CONSENT_CHANNELS.join(", ")}`;
  } else if (lower === "pref") {
    const known = PREFERENCES.get(key);
    if (known) return { kind: "preference", key: known };
    return keySchema.safeParse(key).success
      ? { kind: "preference", key: `other.${key}` }
      : `bad preference key "${key}"`;
  }
  return "not a field: use external_id, external_system, email, phone, name, language, tags, attr.<key>, consent.<channel> or pref.<key>";
}

/** Parses `--map "Header=field"` flags (split at the last "=", so a header may contain one). */
export function mappingFromFlags(flags: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const flag of flags) {
    const at = flag.lastIndexOf("=");
    if (at <= 0 || at === flag.length - 1) {
      throw new ValidationError(`--map "${flag}" must look like "Column header=field".`, [
        { path: "--map", message: "must be Column=field" },
      ]);
    }
    mapping[flag.slice(0, at).trim()] = flag.slice(at + 1).trim();
  }
  return mapping;
}

/** Maps the header to fields, or throws a ValidationError naming every problem. */
export function mapColumns(
  header: string[],
  mapping: ColumnMapping,
  definitions: AttributeDefinition[],
): { columns: ImportColumn[]; warnings: string[] } {
  const errors: FieldError[] = [];
  const targets = new Map<number, string>();
  const cleanHeader = header.map((name) => name.normalize("NFC").trim());
  for (const [name, target] of Object.entries(mapping)) {
    const wanted = name.normalize("NFC").trim();
    let index = cleanHeader.indexOf(wanted);
    if (index < 0) index = cleanHeader.findIndex((candidate) => folded(candidate) === folded(wanted));
    if (index < 0) errors.push({ path: name, message: "no column with this header in the file" });
    else targets.set(index, target);
  }
  const warnings: string[] = [];
  const columns: ImportColumn[] = [];
  const definitionKeys = new Set(definitions.map((definition) => definition.key));
  cleanHeader.forEach((name, index) => {
    const target = targets.get(index) ?? defaultTarget(name);
    if (target === undefined) {
      if (name !== "") warnings.push(`column "${name}" is not imported: map it with --map "${name}=<field>"`);
      return;
    }
    const field = fieldOf(target);
    if (typeof field === "string") errors.push({ path: name, message: field });
    else if (field.kind === "attribute" && !definitionKeys.has(field.key))
      errors.push({ path: name, message: `unknown attribute ${field.key}: define it first` });
    else columns.push({ index, header: name, field });
  });
  const seen = new Map<string, string>();
  for (const column of columns) {
    if (["email", "phone", "externalId"].includes(column.field.kind)) continue;
    const key = JSON.stringify(column.field);
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({ path: column.header, message: `feeds the same field as "${first}"` });
    seen.set(key, column.header);
  }
  if (!columns.some((column) => ["email", "phone", "externalId"].includes(column.field.kind))) {
    errors.push({
      path: "",
      message: "needs an external_id, email or phone column to find each customer by",
    });
  }
  if (errors.length > 0) throw new ValidationError("The columns of this file cannot be imported.", errors);
  return { columns, warnings };
}

function defaultTarget(header: string): string | undefined {
  const prefixed = /^(attr|consent|pref)\.(.+)$/i.exec(header);
  if (prefixed) return `${prefixed[1]?.toLowerCase()}.${prefixed[2]?.trim()}`;
  if (/^external_id\./i.test(header)) return header;
  return DEFAULT_HEADERS.get(folded(header));
}
