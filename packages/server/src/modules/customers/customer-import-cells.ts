// Typed values from the text of a CSV cell, as people write them in Vietnam and elsewhere: numbers, yes/no
// (có/không), dates as 2026-11-25 or 25/11/2026 (day first), contact hours as 08:00-17:30.
import { type AttributeDefinition, type AttributeValue, foldForSearch } from "@touchpoint/core";

export type Cell<T> = { value: T } | { error: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A plain number with a dot for decimals; "1,5" and "1.000" are refused rather than guessed at. */
export function numberFromCell(text: string): Cell<number> {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return NUMBER.test(trimmed) && Number.isFinite(value)
    ? { value }
    : { error: "must be a number like 10 or 2.5" };
}

const YES = new Set(["true", "yes", "y", "1", "co", "dung", "x"]);
const NO = new Set(["false", "no", "n", "0", "khong", "sai"]);

/** true/false, yes/no, 1/0 and the Vietnamese có/không, đúng/sai. */
export function booleanFromCell(text: string): Cell<boolean> {
  const word = foldForSearch(text);
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { error: "must be yes or no (true/false, 1/0, có/không)" };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A calendar date as "YYYY-MM-DD": from 2026-11-25, or day first as 25/11/2026, 25-11-2026 or 25.11.2026. */
export function dateFromCell(text: string): Cell<string> {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const dayFirst = iso ? null : DAY_FIRST.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined)
    return { error: "must be a date like 2026-11-25 or 25/11/2026" };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { error: "is not a day of the calendar" };
  return { value: date.toISOString().slice(0, 10) };
}

/** The cell's value as the attribute's definition types it. */
export function attributeFromCell(definition: AttributeDefinition, text: string): Cell<AttributeValue> {
  switch (definition.type) {
    case "string": {
      const value = text.trim().normalize("NFC");
      return value.length <= 2000 ? { value } : { error: "must be at most 2000 characters" };
    }
    case "number":
      return numberFromCell(text);
    case "boolean":
      return booleanFromCell(text);
    case "date":
      return dateFromCell(text);
  }
}

const TIME = /^([01]?\d|2[0-3])[:hH.]([0-5]\d)$/;

/** Contact hours as "08:00-17:30" (also "8h00 - 17h30"). */
export function contactHoursFromCell(text: string): Cell<{ from: string; to: string }> {
  const parts = text.split(/\s*[-–]\s*/).map((part) => TIME.exec(part.trim()));
  const [from, to] = parts;
  if (parts.length !== 2 || !from || !to) return { error: "must be hours like 08:00-17:30" };
  const time = (match: RegExpExecArray) => `${(match[1] ?? "").padStart(2, "0")}:${match[2]}`;
  return { value: { from: time(from), to: time(to) } };
}

/** Tags separated by ";", trimmed, without repeats. */
export function tagsFromCell(text: string): Cell<string[]> {
  const tags = [
    ...new Set(
      text
        .split(";")
        .map((tag) => tag.trim().normalize("NFC"))
        .filter(Boolean),
    ),
  ];
  if (tags.some((tag) => tag.length > 64)) return { error: "each tag must be at most 64 characters" };
  return tags.length <= 100 ? { value: tags } : { error: "at most 100 tags" };
}
