// The report of an import: rows read, customers created, updated, unchanged and rows failed; the merge
// suggestions the file left; notes on the file; and every bad row by its line, column and problem.
import { Alert, Anchor, Code, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconArrowMerge, IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import type { CustomerImportReport } from "./import-queries.ts";

interface ImportReportViewProps {
  report: CustomerImportReport;
  fileName: string;
  /** Called when a link leaves the modal. */
  onNavigate: () => void;
}

function Stat({
  label,
  value,
  color,
  testId,
}: {
  label: string;
  value: number;
  color?: string;
  testId: string;
}) {
  const format = useFormatters();
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={value > 0 ? color : undefined} lh={1.2}>
        {format.number(value)}
      </Text>
    </Paper>
  );
}

export function ImportReportView({ report, fileName, onNavigate }: ImportReportViewProps) {
  const { t } = useTranslation();
  const problems = report.errors.flatMap(({ row, errors }) =>
    errors.map((error, index) => ({ key: `${row}:${index}`, row, ...error })),
  );
  return (
    <Stack gap="md" data-testid="customers-import-report">
      <Stack gap={2}>
        <Title order={4}>{t("customers.import.summary.title", { file: fileName })}</Title>
        <Text size="sm" c="dimmed">
          {t("customers.import.summary.rows", { count: report.rows })}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat
          label={t("customers.import.summary.created")}
          value={report.created}
          color="teal"
          testId="import-created"
        />
        <Stat
          label={t("customers.import.summary.updated")}
          value={report.updated}
          color="blue"
          testId="import-updated"
        />
        <Stat
          label={t("customers.import.summary.unchanged")}
          value={report.duplicates}
          testId="import-unchanged"
        />
        <Stat
          label={t("customers.import.summary.failed")}
          value={report.failed}
          color="red"
          testId="import-failed"
        />
      </SimpleGrid>
      {report.mergeSuggestions > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconArrowMerge />}
          data-testid="import-merge-suggestions"
        >
          <Stack gap={4}>
            <Text size="sm">{t("customers.import.suggestions", { count: report.mergeSuggestions })}</Text>
            <Anchor
              component={Link}
              to={CUSTOMER_SECTIONS.suggestions}
              size="sm"
              fw={600}
              onClick={onNavigate}
            >
              {t("customers.import.openSuggestions")}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {report.warnings.length > 0 && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle />} title={t("customers.import.warnings")}>
          <Stack gap={2}>
            {report.warnings.map((warning) => (
              <Text key={warning} size="sm">
                {warning}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {report.failed > 0 && (
        <Stack gap="xs">
          <Title order={5}>{t("customers.import.errors.title", { count: report.failed })}</Title>
          {report.failed > report.errors.length && (
            <Text size="sm" c="dimmed">
              {t("customers.import.errors.more", { shown: report.errors.length })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={480} mah={320}>
            <Table striped verticalSpacing={6} data-testid="import-errors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t("customers.import.errors.line")}</Table.Th>
                  <Table.Th w={160}>{t("customers.import.errors.column")}</Table.Th>
                  <Table.Th>{t("customers.import.errors.problem")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map((problem) => (
                  <Table.Tr key={problem.key} data-testid="import-error" data-line={problem.row}>
                    <Table.Td fw={600}>{problem.row}</Table.Td>
                    <Table.Td>
                      {problem.path ? (
                        <Code>{problem.path}</Code>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t("customers.import.errors.wholeRow")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{problem.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
