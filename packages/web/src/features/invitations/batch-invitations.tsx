// The invitations of one send, filtered by status, fifty at a time with "load more".
import { Button, Center, Select, Stack, Table, Text } from "@mantine/core";
import { INVITATION_STATUSES, type InvitationBatch, type InvitationStatus } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { InvitationRow } from "./invitation-row.tsx";
import { useBatchInvitations } from "./invitations-queries.ts";

const ALL = "all";

function isStatus(value: string | null): value is InvitationStatus {
  return (INVITATION_STATUSES as readonly (string | null)[]).includes(value);
}

export function BatchInvitations({ batch }: { batch: InvitationBatch }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<InvitationStatus | null>(null);
  const invitations = useBatchInvitations(batch, status);
  const options = [
    { value: ALL, label: t("invitations.filterAll") },
    ...INVITATION_STATUSES.map((value) => ({ value, label: t(`invitations.status.${value}`) })),
  ];

  return (
    <Stack gap="sm">
      <Select
        label={t("invitations.filterStatus")}
        data={options}
        value={status ?? ALL}
        onChange={(value) => setStatus(isStatus(value) ? value : null)}
        allowDeselect={false}
        w={240}
        data-testid="invitations-status-filter"
      />
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.isError ? (
        <ProblemAlert error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("invitations.invitationsEmpty")}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("invitations.columns.email")}</Table.Th>
                  <Table.Th>{t("invitations.columns.name")}</Table.Th>
                  <Table.Th>{t("invitations.columns.language")}</Table.Th>
                  <Table.Th>{t("invitations.columns.status")}</Table.Th>
                  <Table.Th>{t("invitations.columns.updated")}</Table.Th>
                  <Table.Th>{t("invitations.columns.reminders")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invitations.data.map((invitation) => (
                  <InvitationRow key={invitation.id} invitation={invitation} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {invitations.hasNextPage && (
            <Center>
              <Button
                variant="light"
                loading={invitations.isFetchingNextPage}
                onClick={() => void invitations.fetchNextPage()}
              >
                {t("invitations.loadMore")}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
