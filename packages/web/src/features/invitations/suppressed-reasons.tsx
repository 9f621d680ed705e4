// Why a send's blocked recipients were not emailed: unsubscribed, bounced before, or invited too recently.
import { List, Loader } from "@mantine/core";
import type { InvitationBatch } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useBatchInvitations } from "./invitations-queries.ts";

export function SuppressedReasons({ batch }: { batch: InvitationBatch }) {
  const { t } = useTranslation();
  const suppressed = useBatchInvitations(batch, "suppressed");
  if (suppressed.isPending) return <Loader size="sm" />;
  if (suppressed.isError) return <ProblemAlert error={suppressed.error} />;
  return (
    <List size="sm" data-testid="invitations-suppressed">
      {suppressed.data.map((invitation) => (
        <List.Item key={invitation.id}>
          {invitation.email}
          {invitation.suppressionReason &&
            ` — ${t(`invitations.suppressedReasons.${invitation.suppressionReason}`)}`}
        </List.Item>
      ))}
      {suppressed.hasNextPage && <List.Item>…</List.Item>}
    </List>
  );
}
