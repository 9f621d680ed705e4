// Writes an attribute value for reading: numbers and dates in the UI language, yes/no in words. A date
// attribute is a calendar day, so it is formatted in UTC: the day must not shift with the viewer's zone.
import type { AttributeType, AttributeValue } from "@touchpoint/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "../../../i18n/languages.ts";

export function useAttributeText(): (type: AttributeType, value: AttributeValue) => string {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale);
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    return (type, value) => {
      if (value === null) return "";
      if (typeof value === "boolean")
        return value ? t("customers.attributes.yes") : t("customers.attributes.no");
      if (typeof value === "number") return number.format(value);
      if (type === "date" && !Number.isNaN(Date.parse(value))) return day.format(new Date(value));
      return value;
    };
  }, [locale, t]);
}
