// Phrases whose share of comments rose significantly: the count and share now and in the baseline, and the
// q-value (false-discovery-rate adjusted).
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useEmergingThemes } from "./trends-queries.ts";

export function EmergingThemesTable() {
  const { t } = useTranslation();
  const format = useFormatters();
  const themes = useEmergingThemes();
  const rate = (count: number, share: number) =>
    t("feedback.trends.countAndRate", { count: format.number(count), rate: format.percent(share) });

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t("feedback.trends.emergingTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("feedback.trends.emergingIntro")}
      </Text>
      {themes.isPending ? (
        <LoadingState />
      ) : themes.isError ? (
        <ProblemAlert error={themes.error} onRetry={() => void themes.refetch()} />
      ) : themes.data.themes.length === 0 ? (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed" data-testid="emerging-empty">
            {t("feedback.trends.emergingEmpty")}
          </Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs" data-testid="emerging-themes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("feedback.trends.phrase")}</Table.Th>
                <Table.Th ta="right">{t("feedback.trends.now")}</Table.Th>
                <Table.Th ta="right">{t("feedback.trends.baseline")}</Table.Th>
                <Table.Th ta="right">{t("feedback.trends.qValue")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {themes.data.themes.map((theme) => (
                <Table.Tr key={theme.phrase} data-testid="emerging-theme">
                  <Table.Td fw={600}>{theme.phrase}</Table.Td>
                  <Table.Td ta="right">{rate(theme.count, theme.rate)}</Table.Td>
                  <Table.Td ta="right">{rate(theme.baselineCount, theme.baselineRate)}</Table.Td>
                  <Table.Td ta="right">{format.significant(theme.qValue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
