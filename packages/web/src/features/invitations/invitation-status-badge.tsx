// One invitation status as a coloured badge, in the UI language.
import { Badge } from "@mantine/core";
import type { InvitationStatus } from "@touchpoint/core";
import { useTranslation } from "react-i18next";

const COLORS: Record<InvitationStatus, string> = {
  queued: "gray",
  sent: "blue",
  failed: "red",
  opened: "cyan",
  started: "indigo",
  completed: "teal",
  unsubscribed: "orange",
  suppressed: "yellow",
};

export function InvitationStatusBadge({ status, count }: { status: InvitationStatus; count?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" tt="none">
      {count === undefined
        ? t(`invitations.status.${status}`)
        : `${t(`invitations.status.${status}`)} ${count}`}
    </Badge>
  );
}
