// The Distribute tab's "Email invitations" section: the send form (for roles that may send) and the sends.
import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { can, type SendInvitationsResult, type Survey } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentMe } from "../auth/current-me.tsx";
import { InvitationBatches } from "./invitation-batches.tsx";
import { SendInvitationsForm } from "./send-invitations-form.tsx";
import { SendResult } from "./send-result.tsx";

export function EmailInvitationsSection({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canSend = can(me.role, "invitations.send");
  const [sent, setSent] = useState<{ result: SendInvitationsResult; fromCsv: boolean } | null>(null);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="email-invitations-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={4} id="email-invitations-title">
            {t("invitations.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("invitations.intro")}
          </Text>
        </Stack>
        {!canSend ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle />}>
            {t("invitations.readOnly")}
          </Alert>
        ) : survey.status !== "live" ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle />} data-testid="invitations-not-live">
            {t("invitations.notLive")}
          </Alert>
        ) : (
          <SendInvitationsForm survey={survey} onSent={(result, fromCsv) => setSent({ result, fromCsv })} />
        )}
        {sent && (
          <SendResult
            result={sent.result}
            // The lines of a file that were not sent are listed in the form, beside the file's name.
            listRowErrors={!sent.fromCsv}
            onDismiss={() => setSent(null)}
          />
        )}
        <Title order={5}>{t("invitations.batchesTitle")}</Title>
        <InvitationBatches surveyId={survey.id} canSend={canSend} />
      </Stack>
    </Paper>
  );
}
