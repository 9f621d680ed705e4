// One invitation of a send: who, in which language, its status (and why it failed or was blocked).
import { Table, Text } from "@mantine/core";
import type { Invitation } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { useLanguageName } from "../surveys/use-language-name.ts";
import { InvitationStatusBadge } from "./invitation-status-badge.tsx";

/** The newest thing that happened to the invitation, for the "last event" column. */
function lastEventAt(invitation: Invitation): string {
  return (
    invitation.unsubscribedAt ??
    invitation.completedAt ??
    invitation.startedAt ??
    invitation.openedAt ??
    invitation.sentAt ??
    invitation.createdAt
  );
}

export function InvitationRow({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const languageName = useLanguageName();
  const why =
    invitation.error ??
    (invitation.suppressionReason
      ? t(`invitations.suppressedReasons.${invitation.suppressionReason}`)
      : null);
  return (
    <Table.Tr data-testid="invitation-row">
      <Table.Td>{invitation.email}</Table.Td>
      <Table.Td>{invitation.name ?? "—"}</Table.Td>
      <Table.Td>{languageName(invitation.language)}</Table.Td>
      <Table.Td>
        <InvitationStatusBadge status={invitation.status} />
        {why && (
          <Text size="xs" c="dimmed">
            {why}
          </Text>
        )}
        {invitation.heldBy && (
          <Text size="xs" c="dimmed" data-testid="held-by">
            {t("invitations.heldBy", {
              at: format.dateTime(invitation.heldBy.at),
              channel: invitation.heldBy.channel,
              until: format.dateTime(invitation.heldBy.until),
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{format.dateTime(lastEventAt(invitation))}</Table.Td>
      <Table.Td>{format.number(invitation.remindersSent)}</Table.Td>
    </Table.Tr>
  );
}
