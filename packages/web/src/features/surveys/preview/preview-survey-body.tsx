// The survey as a respondent meets it, in one language: core's walkSurvey applies the logic to the answers
// given so far, and pipeText fills placeholders such as {{customer.name}}.
import { Box, Button, Divider, Paper, Stack, Text, Title } from "@mantine/core";
import { type LocalizedText, pickText, pipeText, type SurveyDefinition, walkSurvey } from "@touchpoint/core";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { PreviewQuestion } from "./preview-question.tsx";

interface PreviewSurveyBodyProps {
  definition: SurveyDefinition;
  language: string;
  answers: Record<string, unknown>;
  onAnswer: (questionId: string, value: unknown) => void;
}

export function PreviewSurveyBody({ definition, language, answers, onAnswer }: PreviewSurveyBodyProps) {
  const { t, i18n } = useTranslation();
  const rt = i18n.getFixedT(language);
  // A made-up respondent, so that "Hello {{customer.name}}!" reads naturally.
  const customer = { name: rt("surveys.respondent.sampleName") };
  const path = walkSurvey(definition, { answers, hidden: {}, customer });
  const visible = new Set(path.visibleQuestions);
  const text = (value: LocalizedText | undefined) =>
    pipeText(pickText(value, language, definition.defaultLanguage), {
      answers,
      hidden: {},
      customer,
      definition,
      language,
    });
  const brandColor = definition.theme.brandColor;
  const ending =
    definition.endings.find((candidate) => candidate.id === path.ending) ?? definition.endings[0];
  // A page whose questions are all hidden is skipped, as respondents never see it.
  const pages = definition.pages.filter(
    (page) => path.pages.includes(page.id) && page.questions.some((question) => visible.has(question.id)),
  );

  return (
    <Stack gap={0}>
      <Box h={6} bg={brandColor} />
      <Stack gap="lg" p="md">
        <Stack gap={4}>
          <Title order={3} size="h4">
            {text(definition.title)}
          </Title>
          {definition.description && (
            <Text size="sm" c="dimmed">
              {text(definition.description)}
            </Text>
          )}
        </Stack>
        {definition.welcome && (
          <Paper withBorder p="sm" radius="md">
            <Text fw={600}>{text(definition.welcome.title)}</Text>
            {definition.welcome.body && <Text size="sm">{text(definition.welcome.body)}</Text>}
          </Paper>
        )}
        {pages.map((page, index) => (
          <Fragment key={page.id}>
            {index > 0 && <Divider label={t("surveys.preview.nextScreen")} labelPosition="center" />}
            {page.title && <Text fw={700}>{text(page.title)}</Text>}
            {page.questions
              .filter((question) => visible.has(question.id))
              .map((question) => (
                <PreviewQuestion
                  key={question.id}
                  question={question}
                  value={answers[question.id]}
                  onChange={(value) => onAnswer(question.id, value)}
                  text={text}
                  rt={rt}
                  brandColor={brandColor}
                />
              ))}
          </Fragment>
        ))}
        <Button color={brandColor} fullWidth tabIndex={-1} style={{ pointerEvents: "none" }}>
          {rt("surveys.respondent.submit")}
        </Button>
        {ending && (
          <Stack gap={4}>
            <Divider label={t("surveys.preview.thenEnding")} labelPosition="center" />
            <Paper withBorder p="sm" radius="md" ta="center" data-testid="preview-ending">
              <Text fw={600}>{text(ending.title)}</Text>
              {ending.body && <Text size="sm">{text(ending.body)}</Text>}
            </Paper>
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
