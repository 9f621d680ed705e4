// Date and number formatting with Intl in the current UI language.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "./languages.ts";

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const number = new Intl.NumberFormat(locale);
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      number: (value) => number.format(value),
    };
  }, [locale]);
}
