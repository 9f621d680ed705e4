// Sends the survey by email: pasted recipients (checked as they are typed), subject and message per
// language, and reminders; the answer is shown below the form.
import { Button, Group, NumberInput, Stack, Text, Textarea } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import type { SendInvitationsResult, Survey } from "@touchpoint/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { BadLinesAlert } from "./bad-lines-alert.tsx";
import { useSendInvitations } from "./invitations-queries.ts";
import { LocalizedEmailFields, type LocalizedText } from "./localized-email-fields.tsx";
import { parseRecipientLines } from "./recipient-lines.ts";
import { SendProblemAlert } from "./send-problem-alert.tsx";

/** The filled-in languages only, or nothing: a blank language falls back to the server's default text. */
function filledIn(text: LocalizedText): LocalizedText | undefined {
  const entries = Object.entries(text)
    .map(([language, value]) => [language, value.trim()] as const)
    .filter(([, value]) => value.length > 0);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

interface SendInvitationsFormProps {
  survey: Survey;
  onSent: (result: SendInvitationsResult) => void;
}

export function SendInvitationsForm({ survey, onSent }: SendInvitationsFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const send = useSendInvitations(survey.id);
  const [text, setText] = useState("");
  const [subject, setSubject] = useState<LocalizedText>({});
  const [message, setMessage] = useState<LocalizedText>({});
  const [reminderCount, setReminderCount] = useState(0);
  const [intervalHours, setIntervalHours] = useState(72);
  const parsed = useMemo(() => parseRecipientLines(text), [text]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send.mutate(
      {
        recipients: parsed.recipients,
        subject: filledIn(subject),
        message: filledIn(message),
        reminders: { count: reminderCount, intervalHours },
      },
      {
        onSuccess: (result) => {
          onSent(result);
          setText("");
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Textarea
          label={t("invitations.recipients")}
          description={t("invitations.recipientsHint")}
          placeholder={t("invitations.recipientsPlaceholder")}
          autosize
          minRows={4}
          maxRows={14}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-testid="invitations-recipients"
        />
        {parsed.recipients.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("invitations.recipientsCount", {
              count: parsed.recipients.length,
              formattedCount: format.number(parsed.recipients.length),
            })}
          </Text>
        )}
        {parsed.badLines.length > 0 && <BadLinesAlert badLines={parsed.badLines} />}
        <LocalizedEmailFields
          languages={survey.definition.languages}
          subject={subject}
          message={message}
          onSubjectChange={setSubject}
          onMessageChange={setMessage}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("invitations.reminders")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("invitations.remindersHint")}
          </Text>
          <Group align="flex-start">
            <NumberInput
              label={t("invitations.reminderCount")}
              min={0}
              max={3}
              clampBehavior="strict"
              allowDecimal={false}
              value={reminderCount}
              onChange={(value) => setReminderCount(typeof value === "number" ? value : 0)}
              w={200}
            />
            <NumberInput
              label={t("invitations.reminderInterval")}
              min={24}
              max={336}
              step={24}
              allowDecimal={false}
              disabled={reminderCount === 0}
              value={intervalHours}
              onChange={(value) => setIntervalHours(typeof value === "number" ? value : 72)}
              w={200}
            />
          </Group>
        </Stack>
        {send.error && <SendProblemAlert error={send.error} />}
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconSend size={16} />}
            loading={send.isPending}
            disabled={parsed.recipients.length === 0}
            data-testid="invitations-send"
          >
            {t("invitations.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
