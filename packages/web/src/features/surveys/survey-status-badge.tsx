// A survey's status as a coloured badge: draft, live, paused or closed.
import { Badge, type MantineColor } from "@mantine/core";
import type { SurveyStatus } from "@touchpoint/core";
import { useTranslation } from "react-i18next";

const COLORS: Record<SurveyStatus, MantineColor> = {
  draft: "gray",
  live: "teal",
  paused: "yellow",
  closed: "dark",
};

export function SurveyStatusBadge({ status, testId }: { status: SurveyStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant={status === "live" ? "filled" : "light"}
      data-testid={testId}
      data-status={status}
    >
      {t(`surveys.status.${status}`)}
    </Badge>
  );
}
