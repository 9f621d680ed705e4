// A figure of the dashboard with its tooltip: the number of answers behind it and its confidence interval,
// so no number is shown without what it rests on. Focusable, so the tooltip also opens from the keyboard.
import { Text, type TextProps, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";

interface MetricFigureProps extends TextProps {
  n: number;
  /** The interval already written in the figure's units; null where the statistic has none. */
  interval: string | null;
  confidence?: number;
  /** Replaces the n-and-interval line (key drivers say R² instead). */
  label?: string;
  testId?: string;
  children: ReactNode;
}

export function MetricFigure({
  n,
  interval,
  confidence = 0.95,
  label,
  testId,
  children,
  ...text
}: MetricFigureProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const described =
    label ??
    (interval === null
      ? t("dashboard.figureNoInterval", { n: format.number(n) })
      : t("dashboard.figure", { n: format.number(n), confidence: format.percent(confidence), interval }));
  return (
    <Tooltip
      label={described}
      withArrow
      multiline
      maw={320}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Text span tabIndex={0} data-testid={testId} {...text}>
        {children}
      </Text>
    </Tooltip>
  );
}
