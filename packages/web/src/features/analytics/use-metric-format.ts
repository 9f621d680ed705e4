// metricFormat in the current UI language.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FALLBACK_LANGUAGE } from "../../i18n/languages.ts";
import { type MetricFormat, type MetricScale, metricFormat } from "./metric-format.ts";

export function useMetricFormat(scale: MetricScale): MetricFormat {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return useMemo(() => metricFormat(scale, locale), [scale, locale]);
}
