// The members of the workspace as a table, with its loading, error and empty states.
import { EmptyState, Table } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { MemberRow } from "./member-row.tsx";
import { useMembers } from "./members-queries.ts";

export function MembersTable({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const members = useMembers();

  if (members.isPending) return <LoadingState />;
  if (members.isError) return <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />;
  if (members.data.length === 0) {
    return (
      <EmptyState
        icon={<IconUsersGroup />}
        withIndicatorBackground
        description={canManage ? t("members.empty") : t("members.emptyReadOnly")}
      />
    );
  }

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("members.name")}</Table.Th>
            <Table.Th>{t("members.email")}</Table.Th>
            <Table.Th>{t("members.role")}</Table.Th>
            <Table.Th>{t("members.joined")}</Table.Th>
            {canManage && <Table.Th>{t("members.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.data.map((member) => (
            <MemberRow key={member.userId} member={member} canManage={canManage} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
