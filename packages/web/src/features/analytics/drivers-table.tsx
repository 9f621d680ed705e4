// The key drivers as a table, most important first, numbered as on the map: the question, its importance
// (share of R²), its mean and % top-2-box, and its quadrant in words.
import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import type { QuadrantLayout } from "./driver-quadrant-layout.ts";
import { QUADRANT_COLOURS } from "./driver-quadrant-look.ts";
import { MetricFigure } from "./metric-figure.tsx";
import { metricFormat } from "./metric-format.ts";

interface DriversTableProps {
  layout: QuadrantLayout;
  /** A question's title in the reader's language. */
  titleOf: (questionId: string, language: string) => string;
  n: number;
  r2: string;
}

export function DriversTable({ layout, titleOf, n, r2 }: DriversTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? "en";
  const percent = metricFormat("percent", language);
  const units = metricFormat("units", language);
  const figure = t("dashboard.drivers.figure", { n: format.number(n), r2 });

  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing={6} data-testid="drivers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("dashboard.drivers.rank")}</Table.Th>
            <Table.Th>{t("dashboard.drivers.question")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.drivers.share")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.drivers.mean")}</Table.Th>
            <Table.Th ta="right">{t("dashboard.drivers.topBox")}</Table.Th>
            <Table.Th>{t("dashboard.drivers.quadrant")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {layout.points.map(({ driver, rank }) => (
            <Table.Tr key={driver.questionId} data-testid="driver-row" data-question={driver.questionId}>
              <Table.Td>{rank}</Table.Td>
              <Table.Td>
                <Text size="sm" data-testid="driver-title">
                  {titleOf(driver.questionId, language)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <MetricFigure n={n} interval={null} label={figure} size="sm" fw={600}>
                  {percent.value(driver.share)}
                </MetricFigure>
              </Table.Td>
              <Table.Td ta="right">
                <MetricFigure n={n} interval={null} size="sm">
                  {units.value(driver.performance.mean)}
                </MetricFigure>
              </Table.Td>
              <Table.Td ta="right">
                {driver.performance.topBox === null ? (
                  "—"
                ) : (
                  <MetricFigure n={n} interval={null} size="sm">
                    {percent.value(driver.performance.topBox)}
                  </MetricFigure>
                )}
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={QUADRANT_COLOURS[driver.quadrant]}
                  tt="none"
                  styles={{ root: { minWidth: "max-content" } }}
                  data-testid="driver-quadrant"
                >
                  {t(`dashboard.drivers.quadrants.${driver.quadrant}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
