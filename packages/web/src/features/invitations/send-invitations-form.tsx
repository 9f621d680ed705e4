// Sends the survey by email: pasted recipients (checked as they are typed) or an uploaded CSV file (checked
// by the server, which names the lines it refused), subject and message per language, and reminders; the
// answer is shown below the form.
import { Button, Group, Input, Stack, Text, Textarea } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import type { SendInvitationsResult, Survey } from "@touchpoint/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { BadLinesAlert } from "./bad-lines-alert.tsx";
import { badLinesOf, rowErrorsOf } from "./csv-send.ts";
import { type RecipientsCsv, useSendInvitations, useSendInvitationsCsv } from "./invitations-queries.ts";
import { LocalizedEmailFields, type LocalizedText } from "./localized-email-fields.tsx";
import { parseRecipientLines } from "./recipient-lines.ts";
import { RecipientsCsvInput } from "./recipients-csv-input.tsx";
import { ReminderFields } from "./reminder-fields.tsx";
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
  /** `fromCsv`: the result's row errors are lines of the uploaded file, listed by this form. */
  onSent: (result: SendInvitationsResult, fromCsv: boolean) => void;
}

export function SendInvitationsForm({ survey, onSent }: SendInvitationsFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const send = useSendInvitations(survey.id);
  const sendCsv = useSendInvitationsCsv(survey.id);
  const [text, setText] = useState("");
  const [csv, setCsv] = useState<RecipientsCsv | null>(null);
  const [subject, setSubject] = useState<LocalizedText>({});
  const [message, setMessage] = useState<LocalizedText>({});
  const [reminderCount, setReminderCount] = useState(0);
  const [intervalHours, setIntervalHours] = useState(72);
  const parsed = useMemo(() => parseRecipientLines(text), [text]);
  const sentCsv = sendCsv.variables?.csv;
  const csvBadLines = useMemo(
    () => (sentCsv ? badLinesOf(sendCsv.data?.errors ?? rowErrorsOf(sendCsv.error), sentCsv.text) : []),
    [sentCsv, sendCsv.data, sendCsv.error],
  );
  const error = csv ? sendCsv.error : send.error;
  // A file whose every line was refused is answered line by line (below the file), not as one problem.
  const problem = csv && csvBadLines.length > 0 ? null : error;

  function chooseCsv(next: RecipientsCsv | null) {
    setCsv(next);
    send.reset();
    sendCsv.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const settings = {
      subject: filledIn(subject),
      message: filledIn(message),
      reminders: { count: reminderCount, intervalHours },
    };
    if (csv) {
      sendCsv.mutate(
        { csv, settings },
        {
          onSuccess: (result) => {
            onSent(result, true);
            setCsv(null);
          },
        },
      );
      return;
    }
    sendCsv.reset();
    send.mutate(
      { recipients: parsed.recipients, ...settings },
      {
        onSuccess: (result) => {
          onSent(result, false);
          setText("");
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {csv ? (
          <Input.Wrapper label={t("invitations.recipients")} description={t("invitations.csvChosenHint")}>
            <RecipientsCsvInput csv={csv} onChange={chooseCsv} />
          </Input.Wrapper>
        ) : (
          <Stack gap="xs">
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
            <RecipientsCsvInput csv={null} onChange={chooseCsv} />
          </Stack>
        )}
        {!csv && parsed.recipients.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("invitations.recipientsCount", {
              count: parsed.recipients.length,
              formattedCount: format.number(parsed.recipients.length),
            })}
          </Text>
        )}
        {!csv && parsed.badLines.length > 0 && <BadLinesAlert badLines={parsed.badLines} />}
        {sentCsv && csvBadLines.length > 0 && (
          <BadLinesAlert
            badLines={csvBadLines}
            title={
              sendCsv.data
                ? t("invitations.csvLinesNotSent", { count: csvBadLines.length, fileName: sentCsv.fileName })
                : t("invitations.csvNothingSent", { fileName: sentCsv.fileName })
            }
          />
        )}
        <LocalizedEmailFields
          languages={survey.definition.languages}
          subject={subject}
          message={message}
          onSubjectChange={setSubject}
          onMessageChange={setMessage}
        />
        <ReminderFields
          count={reminderCount}
          intervalHours={intervalHours}
          onCountChange={setReminderCount}
          onIntervalHoursChange={setIntervalHours}
        />
        {problem && <SendProblemAlert error={problem} />}
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconSend size={16} />}
            loading={send.isPending || sendCsv.isPending}
            disabled={!csv && parsed.recipients.length === 0}
            data-testid="invitations-send"
          >
            {t("invitations.send")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
