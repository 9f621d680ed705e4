// The key-driver map (SVG): importance across, performance up, the four quadrants named in their corners and
// each driver a numbered point whose tooltip names the question and its figures.
import { Box, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import type { QuadrantLayout } from "./driver-quadrant-layout.ts";
import { QUADRANT_COLOURS } from "./driver-quadrant-look.ts";
import { metricFormat } from "./metric-format.ts";
import type { ChartSize } from "./trend-geometry.ts";

interface DriverQuadrantMapProps {
  layout: QuadrantLayout;
  size: ChartSize;
  /** A question's title in the reader's language. */
  titleOf: (questionId: string, language: string) => string;
  n: number;
  r2: string;
}

export function DriverQuadrantMap({ layout, size, titleOf, n, r2 }: DriverQuadrantMapProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? "en";
  const share = metricFormat("percent", language);
  const performance = metricFormat(layout.footing === "topBox" ? "percent" : "units", language);
  const left = size.left;
  const right = size.width - size.right;
  const top = size.top;
  const bottom = size.height - size.bottom;
  const corner = { fontSize: 10, fill: "var(--mantine-color-dimmed)" };

  return (
    <Box maw={size.width} w="100%">
      <svg
        viewBox={`0 0 ${size.width} ${size.height}`}
        width="100%"
        role="img"
        aria-label={t("dashboard.drivers.map")}
      >
        <rect
          x={left}
          y={top}
          width={right - left}
          height={bottom - top}
          fill="none"
          stroke="var(--mantine-color-gray-4)"
        />
        <line
          x1={layout.cut.x}
          x2={layout.cut.x}
          y1={top}
          y2={bottom}
          stroke="var(--mantine-color-gray-5)"
          strokeDasharray="4 3"
        />
        <line
          x1={left}
          x2={right}
          y1={layout.cut.y}
          y2={layout.cut.y}
          stroke="var(--mantine-color-gray-5)"
          strokeDasharray="4 3"
        />
        <text x={right - 4} y={bottom - 4} textAnchor="end" {...corner}>
          {t("dashboard.drivers.quadrants.priority")}
        </text>
        <text x={right - 4} y={top + 12} textAnchor="end" {...corner}>
          {t("dashboard.drivers.quadrants.strength")}
        </text>
        <text x={left + 4} y={top + 12} {...corner}>
          {t("dashboard.drivers.quadrants.maintain")}
        </text>
        <text x={left + 4} y={bottom - 4} {...corner}>
          {t("dashboard.drivers.quadrants.secondary")}
        </text>
        {layout.x.ticks.map((tick) => (
          <text
            key={`x${tick}`}
            x={layout.x.at(tick)}
            y={bottom + 14}
            textAnchor="middle"
            fontSize={10}
            fill="currentColor"
          >
            {share.value(tick)}
          </text>
        ))}
        {layout.y.ticks.map((tick) => (
          <text
            key={`y${tick}`}
            x={left - 4}
            y={layout.y.at(tick) + 3}
            textAnchor="end"
            fontSize={10}
            fill="currentColor"
          >
            {performance.value(tick)}
          </text>
        ))}
        <text
          x={(left + right) / 2}
          y={size.height - 4}
          textAnchor="middle"
          fontSize={11}
          fill="currentColor"
        >
          {t("dashboard.drivers.importance")}
        </text>
        <text
          transform={`translate(10 ${(top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={11}
          fill="currentColor"
        >
          {t(
            layout.footing === "topBox"
              ? "dashboard.drivers.performanceTopBox"
              : "dashboard.drivers.performanceMean",
          )}
        </text>
        {layout.points.map((point) => (
          <Tooltip
            key={point.driver.questionId}
            withArrow
            multiline
            maw={320}
            label={`${t("dashboard.drivers.point", {
              rank: point.rank,
              title: titleOf(point.driver.questionId, language),
              share: share.value(point.driver.share),
              performance: performance.value(point.performance),
            })} · ${t("dashboard.drivers.figure", { n: format.number(n), r2 })}`}
          >
            <g data-testid="driver-point" data-question={point.driver.questionId}>
              <circle
                cx={point.x}
                cy={point.y}
                r={9}
                fill={`var(--mantine-color-${QUADRANT_COLOURS[point.driver.quadrant]}-6)`}
              />
              <text
                x={point.x}
                y={point.y + 3.5}
                textAnchor="middle"
                fontSize={10}
                fontWeight={700}
                fill="white"
              >
                {point.rank}
              </text>
            </g>
          </Tooltip>
        ))}
      </svg>
    </Box>
  );
}
