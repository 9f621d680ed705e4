// Date and number formatting with Intl in the current UI language.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "./languages.ts";

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
  /** A share in [0, 1] as a whole percentage: 0.125 → "13%". */
  percent: (share: number) => string;
  /** Two significant digits, for statistics such as p- and q-values that span orders of magnitude. */
  significant: (value: number) => string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    const significant = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      number: (value) => number.format(value),
      percent: (share) => percent.format(share),
      significant: (value) => significant.format(value),
    };
  }, [locale]);
}
