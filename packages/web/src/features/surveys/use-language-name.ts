// Names a survey language (a BCP 47 tag such as "vi" or "zh-TW") in the UI language, with Intl.DisplayNames.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "../../i18n/languages.ts";

export function useLanguageName(): (tag: string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    return (tag: string) => {
      // of() throws a RangeError for a malformed tag; such a tag is best shown as typed.
      const name = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(tag) ? names.of(tag) : undefined;
      return name && name !== tag ? `${name} (${tag})` : tag;
    };
  }, [locale]);
}
