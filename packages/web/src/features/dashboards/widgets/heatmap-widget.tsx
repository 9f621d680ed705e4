// A heatmap widget: one row per stored query (e.g. per channel), one column per period, each cell coloured
// by its figure and written out, suppressed cells marked "hidden (n < k)"; every cell's tooltip gives n and
// the interval. Scrolls sideways inside its card on a narrow screen, never the page.
import { Box, Table, Text, Tooltip } from "@mantine/core";
import { type DashboardWidget, withGlobalFilters } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { useAnalyticsQueries } from "../../analytics/analytics-queries.ts";
import { metricFormat } from "../../analytics/metric-format.ts";
import { heatColour, heatmapTable } from "../heatmap-table.ts";
import { widgetTitle } from "../widget-frame.tsx";
import type { WidgetScope } from "../widget-scope.ts";
import { WidgetState } from "../widget-state.tsx";

type HeatmapRow = Extract<DashboardWidget, { kind: "heatmap" }>["rows"][number];

export function HeatmapWidget({ rows, scope }: { rows: readonly HeatmapRow[]; scope: WidgetScope }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.resolvedLanguage ?? "vi";
  const results = useAnalyticsQueries(
    rows.map((row) => withGlobalFilters(row.query, scope.filters, scope.today)),
  );
  const failed = results.find((result) => result.error);
  const loaded = results.every((result) => result.data);
  const state = {
    data: loaded ? results.flatMap((result) => (result.data ? [result.data] : [])) : undefined,
    error: failed?.error ?? null,
    refetch: () => failed?.refetch(),
  };
  return (
    <WidgetState query={state} isEmpty={(data) => data.every((result) => result.rows.length === 0)}>
      {(data) => {
        const table = heatmapTable(data.map((result) => result.rows));
        const first = data[0];
        const threshold = first?.anonymityThreshold ?? 0;
        const date = (group: string) => format.date(`${group}T00:00:00`);
        return (
          <>
            <Text size="xs" c="dimmed">
              {t("dashboards.heatmap.caption", { threshold })}
            </Text>
            <Table.ScrollContainer minWidth={120 + table.columns.length * 72}>
              <Table withColumnBorders verticalSpacing={4} horizontalSpacing={4} data-testid="heatmap">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th />
                    {table.columns.map((column) => (
                      <Table.Th key={column} fz="xs" ta="center" fw={500}>
                        {date(column)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.cells.map((cells, r) => {
                    const result = data[r];
                    const rowLabel = widgetTitle(rows[r]?.label ?? { vi: "" }, language);
                    const figures = metricFormat(result?.scale ?? "nps", language);
                    return (
                      <Table.Tr
                        key={JSON.stringify(rows[r]?.query.filters ?? rowLabel)}
                        data-testid="heatmap-row"
                      >
                        <Table.Th fz="sm" fw={500}>
                          {rowLabel}
                        </Table.Th>
                        {cells.map((cell, c) => {
                          const column = table.columns[c] ?? "";
                          if (!cell || cell.n === null || (cell.value === null && !cell.suppressed)) {
                            return <Table.Td key={column} data-testid="heatmap-cell" data-state="none" />;
                          }
                          if (cell.suppressed || cell.value === null) {
                            return (
                              <Table.Td
                                key={column}
                                ta="center"
                                data-testid="heatmap-cell"
                                data-state="hidden"
                              >
                                <Text size="xs" c="dimmed">
                                  {t("dashboard.hidden", { threshold })}
                                </Text>
                              </Table.Td>
                            );
                          }
                          const interval =
                            cell.ci_low !== null && cell.ci_high !== null
                              ? figures.interval(cell.ci_low, cell.ci_high)
                              : null;
                          const label = `${rowLabel}, ${date(column)}: ${figures.value(cell.value)} · ${
                            interval === null
                              ? t("dashboard.figureNoInterval", { n: format.number(cell.n) })
                              : t("dashboard.figure", {
                                  n: format.number(cell.n),
                                  confidence: format.percent(result?.confidence ?? 0.95),
                                  interval,
                                })
                          }`;
                          return (
                            <Table.Td
                              key={column}
                              p={0}
                              bg={table.span ? heatColour(cell.value, table.span) : undefined}
                            >
                              <Tooltip
                                label={label}
                                withArrow
                                multiline
                                maw={320}
                                events={{ hover: true, focus: true, touch: true }}
                              >
                                <Box
                                  tabIndex={0}
                                  ta="center"
                                  py={6}
                                  fz="sm"
                                  fw={600}
                                  c="dark.8"
                                  data-testid="heatmap-cell"
                                  data-state="shown"
                                >
                                  {figures.value(cell.value)}
                                </Box>
                              </Tooltip>
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        );
      }}
    </WidgetState>
  );
}
