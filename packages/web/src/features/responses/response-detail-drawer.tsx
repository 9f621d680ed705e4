// One response in full: every answer under its question's title (UI language, else the survey's default),
// written out readably, then hidden fields, channel, language, customer and times.
import { Code, Divider, Drawer, Group, Stack, Table, Text, Title } from "@mantine/core";
import { allQuestions, pickText, type Survey, type SurveyResponse } from "@touchpoint/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { useLanguageName } from "../surveys/use-language-name.ts";
import { answerText } from "./answer-text.ts";
import { ResponseStatusBadge } from "./response-status-badge.tsx";

interface ResponseDetailDrawerProps {
  survey: Survey;
  response: SurveyResponse | null;
  onClose: () => void;
}

export function ResponseDetailDrawer({ survey, response, onClose }: ResponseDetailDrawerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const languageName = useLanguageName();
  const { definition } = survey;
  const language = i18n.resolvedLanguage ?? definition.defaultLanguage;
  const questions = allQuestions(definition);
  const ctx = { language, defaultLanguage: definition.defaultLanguage, t, format };

  const answered = response ? Object.keys(response.answers) : [];
  // Questions of the current definition first, in survey order; answers to questions since removed last.
  const rows = [
    ...questions
      .filter((question) => answered.includes(question.id))
      .map((question) => ({ id: question.id, question })),
    ...answered
      .filter((id) => !questions.some((question) => question.id === id))
      .map((id) => ({ id, question: undefined })),
  ];
  const fact = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w={160} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );

  return (
    <Drawer
      opened={response !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Title order={4}>{t("responses.detail.title")}</Title>}
    >
      {response && (
        <Stack gap="lg" data-testid="response-detail">
          <Stack gap="md">
            {rows.map(({ id, question }) => (
              <Stack key={id} gap={2} data-testid="response-answer" data-question-id={id}>
                <Text size="sm" fw={600}>
                  {question
                    ? pickText(question.title, language, definition.defaultLanguage) || id
                    : t("responses.detail.removedQuestion", { id })}
                </Text>
                <Text size="sm" style={{ whiteSpace: "pre-line" }}>
                  {answerText(question, response.answers[id], ctx)}
                </Text>
              </Stack>
            ))}
            {rows.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("responses.detail.noAnswers")}
              </Text>
            )}
          </Stack>
          <Divider />
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {fact(t("responses.detail.status"), <ResponseStatusBadge status={response.status} />)}
              {fact(t("responses.detail.channel"), t(`responses.channels.${response.channel}`))}
              {fact(t("responses.detail.language"), languageName(response.language))}
              {fact(t("responses.detail.version"), format.number(response.surveyVersion))}
              {response.startedAt && fact(t("responses.detail.started"), format.dateTime(response.startedAt))}
              {fact(t("responses.detail.received"), format.dateTime(response.createdAt))}
              {response.completedAt &&
                fact(t("responses.detail.completed"), format.dateTime(response.completedAt))}
              {response.customer &&
                fact(
                  t("responses.detail.customer"),
                  [
                    response.customer.name,
                    response.customer.email,
                    response.customer.phone,
                    response.customer.externalId,
                  ]
                    .filter(Boolean)
                    .join(" · "),
                )}
            </Table.Tbody>
          </Table>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t("responses.detail.hidden")}
            </Text>
            {Object.keys(response.hidden).length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("responses.detail.noHidden")}
              </Text>
            ) : (
              Object.entries(response.hidden).map(([key, value]) => (
                <Group key={key} gap="xs">
                  <Code>{key}</Code>
                  <Text size="sm">{value}</Text>
                </Group>
              ))
            )}
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
