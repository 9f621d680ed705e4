// Key drivers of NPS: the survey's other numeric questions, their importance (relative weight share) and
// performance as a quadrant map and as a table, numbered alike.
import { Box, Flex, Paper, Skeleton, Stack, Text } from "@mantine/core";
import type { AnalyticsDriversResult } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useDrivers } from "./analytics-queries.ts";
import type { DashboardScope } from "./dashboard-scope.ts";
import { quadrantLayout } from "./driver-quadrant-layout.ts";
import { DriverQuadrantMap } from "./driver-quadrant-map.tsx";
import { DriversTable } from "./drivers-table.tsx";

const MAP_SIZE = { width: 360, height: 280, left: 56, right: 12, top: 12, bottom: 36 };

export function DriversCard({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const outcome = scope.read.kpis.nps;
  const predictors = scope.read.predictors.map((question) => question.id);
  const query = useDrivers(
    { surveyId: scope.survey.id, outcome: outcome?.id ?? "", predictors, filters: scope.filters },
    outcome !== undefined && predictors.length > 0,
  );

  const body = () => {
    if (predictors.length === 0) {
      return (
        <Text size="sm" c="dimmed">
          {t("dashboard.drivers.noPredictors")}
        </Text>
      );
    }
    // Too few answers for a correlation matrix is the API's 422, not a failure of the page.
    if (query.error) {
      return query.error instanceof ApiError && query.error.status === 422 ? (
        <Text size="sm" c="dimmed" data-testid="drivers-too-few">
          {t("dashboard.drivers.tooFew")}
        </Text>
      ) : (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      );
    }
    if (!query.data) return <Skeleton height={MAP_SIZE.height} />;
    return <DriversFigures result={query.data} titleOf={scope.read.titleOf} />;
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="drivers">
      <Stack gap="xs">
        <Text fw={700}>{t("dashboard.drivers.title")}</Text>
        {body()}
      </Stack>
    </Paper>
  );
}

interface DriversFiguresProps {
  result: AnalyticsDriversResult;
  titleOf: (questionId: string, language: string) => string;
  /** The map above the table whatever the screen, for a card too narrow to hold them side by side. */
  stacked?: boolean;
}

/** The drivers' caption, quadrant map and table; shared with saved dashboards. */
export function DriversFigures({ result, titleOf, stacked = false }: DriversFiguresProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const layout = quadrantLayout(result.drivers, MAP_SIZE);
  const r2 = format.significant(result.rSquared);
  return (
    <>
      <Text size="xs" c="dimmed">
        {t("dashboard.drivers.caption", { r2, n: format.number(result.n) })}
      </Text>
      <Flex
        direction={stacked ? "column" : { base: "column", md: "row" }}
        gap="md"
        align={stacked ? undefined : { md: "flex-start" }}
      >
        <Box w={stacked ? "100%" : { base: "100%", md: MAP_SIZE.width }} style={{ flexShrink: 0 }}>
          <DriverQuadrantMap layout={layout} size={MAP_SIZE} titleOf={titleOf} n={result.n} r2={r2} />
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }}>
          <DriversTable layout={layout} titleOf={titleOf} n={result.n} r2={r2} />
        </Box>
      </Flex>
    </>
  );
}
