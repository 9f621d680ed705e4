// A response's status: completed, partial or screened out.
import { Badge, type MantineColor } from "@mantine/core";
import type { SurveyResponse } from "@touchpoint/core";
import { useTranslation } from "react-i18next";

const COLORS: Record<SurveyResponse["status"], MantineColor> = {
  completed: "teal",
  partial: "yellow",
  screened_out: "gray",
};

export function ResponseStatusBadge({ status }: { status: SurveyResponse["status"] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-status={status}>
      {t(`responses.statuses.${status}`)}
    </Badge>
  );
}
