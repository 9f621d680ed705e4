// Settings › Audit log: who changed what in this workspace, newest first, with a "load more".
import { Button, Center, EmptyState, Stack, Table, Text } from "@mantine/core";
import { IconHistory } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { PageTitle } from "../../ui/page-title.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { AuditEntryRow } from "./audit-entry-row.tsx";
import { useAuditLog } from "./audit-log-queries.ts";

export function AuditLogPage() {
  const { t } = useTranslation();
  const auditLog = useAuditLog();

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <PageTitle>{t("audit.title")}</PageTitle>
        <Text c="dimmed">{t("audit.intro")}</Text>
      </Stack>
      {auditLog.isPending ? (
        <LoadingState />
      ) : auditLog.isError && !auditLog.data ? (
        <ProblemAlert error={auditLog.error} onRetry={() => void auditLog.refetch()} />
      ) : auditLog.data.length === 0 ? (
        <EmptyState icon={<IconHistory />} withIndicatorBackground description={t("audit.empty")} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" data-testid="audit-log-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40} aria-label={t("audit.details")} />
                  <Table.Th>{t("audit.time")}</Table.Th>
                  <Table.Th>{t("audit.actor")}</Table.Th>
                  <Table.Th>{t("audit.action")}</Table.Th>
                  <Table.Th>{t("audit.target")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {auditLog.data.map((entry) => (
                  <AuditEntryRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {auditLog.isFetchNextPageError && <ProblemAlert error={auditLog.error} />}
          {auditLog.hasNextPage && (
            <Center>
              <Button
                variant="default"
                onClick={() => void auditLog.fetchNextPage()}
                loading={auditLog.isFetchingNextPage}
                data-testid="audit-load-more"
              >
                {t("audit.loadMore")}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
