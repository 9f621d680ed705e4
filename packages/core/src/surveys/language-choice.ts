// Chooses the language a respondent sees: the one asked for, else the customer's, else the browser's
// Accept-Language preference, else the survey's default.
import type { SurveyDefinition } from "./definition.ts";

export interface LanguageHints {
  /** Explicitly asked for (a ?lang= parameter, the widget's setting). */
  requested?: string;
  /** Known from the customer's profile. */
  customerLanguage?: string;
  /** The HTTP Accept-Language header, e.g. "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7". */
  acceptLanguage?: string;
}

type Languages = Pick<SurveyDefinition, "languages" | "defaultLanguage">;

/** One of the survey's languages, always. */
export function chooseLanguage(definition: Languages, hints: LanguageHints): string {
  const direct = [hints.requested, hints.customerLanguage].filter((tag): tag is string => Boolean(tag));
  for (const tag of direct) {
    const match = lookup(definition.languages, tag);
    if (match) return match;
  }
  return (
    (hints.acceptLanguage && fromAcceptLanguage(definition, hints.acceptLanguage)) ||
    definition.defaultLanguage
  );
}

/** The language ranges of an Accept-Language header, most wanted first (RFC 9110 §12.5.4); q=0 means "not". */
export function parseAcceptLanguage(header: string): string[] {
  const ranges: { tag: string; q: number; order: number }[] = [];
  // A header is a few entries; bounding the work keeps a hostile one cheap.
  for (const [order, entry] of header.slice(0, 1000).split(",").slice(0, 50).entries()) {
    const [tag = "", ...params] = entry.split(";").map((part) => part.trim());
    if (!/^(\*|[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*)$/.test(tag)) continue;
    const weight = params.find((param) => /^q=/i.test(param)) ?? "q=1";
    if (!/^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i.test(weight)) continue;
    const q = Number(weight.slice(2));
    if (q === 0) continue;
    ranges.push({ tag, q, order });
  }
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((range) => range.tag);
}

function fromAcceptLanguage(definition: Languages, header: string): string | undefined {
  // "*" matches nothing here: "any language" is what the default language already is.
  const wanted = parseAcceptLanguage(header);
  for (const tag of wanted) {
    const match = lookup(definition.languages, tag);
    if (match) return match;
  }
  // Second pass: a sibling variant ("en-US" wanted, only "en-GB" offered) beats the default language,
  // but only after every closer match in the header failed.
  for (const tag of wanted) {
    const primary = primaryOf(tag);
    const sibling = definition.languages.find((language) => primaryOf(language) === primary);
    if (sibling) return sibling;
  }
  return undefined;
}

/** RFC 4647 lookup: the tag itself, else the tag with subtags cut from the end ("vi-VN" → "vi"). */
function lookup(languages: string[], tag: string): string | undefined {
  const subtags = tag.toLowerCase().split("-");
  for (let length = subtags.length; length > 0; length -= 1) {
    const candidate = subtags.slice(0, length).join("-");
    const match = languages.find((language) => language.toLowerCase() === candidate);
    if (match) return match;
  }
  return undefined;
}

const primaryOf = (tag: string) => tag.toLowerCase().split("-")[0];
