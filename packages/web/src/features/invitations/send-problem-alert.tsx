// A failed send: "SMTP is not configured" in the team's words (what to do next), any other problem as usual.
import { Alert } from "@mantine/core";
import { IconMailOff } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

export function SendProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === "smtp_not_configured") {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconMailOff />}
        title={t("invitations.smtpTitle")}
        role="alert"
        data-testid="invitations-smtp-missing"
      >
        {t("invitations.smtpDetail")}
      </Alert>
    );
  }
  return <ProblemAlert error={error} />;
}
