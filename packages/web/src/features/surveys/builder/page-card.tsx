// One page of the survey: its questions, the control to add a question, and its jump rules.
import { Button, Divider, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { IconPlus, IconSquareMinus } from "@tabler/icons-react";
import { QUESTION_TYPES, type Question, type QuestionType, type SurveyDefinition } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Localize } from "../use-localize.ts";
import {
  mergeWithPrevious,
  moveQuestion,
  questionsBefore,
  removeQuestion,
  splitPage,
  updatePage,
  updateQuestion,
} from "./definition-edits.ts";
import { PageJumpsEditor } from "./page-jumps-editor.tsx";
import { QuestionCard } from "./question-card.tsx";
import { QUESTION_TYPE_GROUPS } from "./question-factory.ts";
import { numberedKey } from "./survey-keys.ts";

interface PageCardProps {
  definition: SurveyDefinition;
  pageIndex: number;
  /** Survey-wide position of the page's first question. */
  firstIndex: number;
  onChange: (next: SurveyDefinition) => void;
  localize: Localize;
  expanded: ReadonlySet<string>;
  onToggle: (questionId: string) => void;
  onAddQuestion: (type: QuestionType) => void;
}

export function PageCard({
  definition,
  pageIndex,
  firstIndex,
  onChange,
  localize,
  expanded,
  onToggle,
  onAddQuestion,
}: PageCardProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<QuestionType>("nps");
  const page = definition.pages[pageIndex];
  if (!page) return null;
  const total = definition.pages.reduce((sum, current) => sum + current.questions.length, 0);
  const isLastPage = pageIndex === definition.pages.length - 1;
  const typeOptions = QUESTION_TYPE_GROUPS.map(({ group, types }) => ({
    group: t(`surveys.questionGroups.${group}`),
    items: types.map((value) => ({ value, label: t(`surveys.questionTypes.${value}`) })),
  }));

  return (
    <Paper
      withBorder={definition.pages.length > 1}
      p={definition.pages.length > 1 ? "sm" : 0}
      radius="md"
      data-testid="survey-page"
    >
      <Stack gap="sm">
        {definition.pages.length > 1 && (
          <Group justify="space-between">
            <Text fw={700} size="sm" c="dimmed" tt="uppercase">
              {t("surveys.builder.page", { n: pageIndex + 1 })}
            </Text>
            {pageIndex > 0 && (
              <Button
                variant="subtle"
                size="xs"
                color="gray"
                leftSection={<IconSquareMinus size={14} />}
                onClick={() => onChange(mergeWithPrevious(definition, pageIndex))}
              >
                {t("surveys.builder.mergePage")}
              </Button>
            )}
          </Group>
        )}
        {page.questions.map((question: Question, q) => {
          const index = firstIndex + q;
          return (
            <QuestionCard
              key={question.id}
              question={question}
              index={index}
              context={{
                languages: definition.languages,
                defaultLanguage: definition.defaultLanguage,
                localize,
                path: `pages.${pageIndex}.questions.${q}`,
                testId: `question-${index}`,
              }}
              candidates={questionsBefore(definition, pageIndex, q)}
              expanded={expanded.has(question.id)}
              onToggle={() => onToggle(question.id)}
              onChange={(next) => onChange(updateQuestion(definition, pageIndex, q, next))}
              onMove={(delta) => onChange(moveQuestion(definition, pageIndex, q, delta))}
              canMoveUp={q > 0 || (pageIndex > 0 && page.questions.length > 1)}
              canMoveDown={q < page.questions.length - 1 || (!isLastPage && page.questions.length > 1)}
              onRemove={total > 1 ? () => onChange(removeQuestion(definition, pageIndex, q)) : null}
              onPageBreak={
                q > 0
                  ? () =>
                      onChange(
                        splitPage(
                          definition,
                          pageIndex,
                          q,
                          numberedKey(
                            "p",
                            definition.pages.map((item) => item.id),
                          ),
                        ),
                      )
                  : null
              }
            />
          );
        })}
        <Group gap="xs" align="flex-end">
          <NativeSelect
            label={t("surveys.builder.questionType")}
            data={typeOptions}
            value={type}
            onChange={(event) =>
              setType(QUESTION_TYPES.find((candidate) => candidate === event.currentTarget.value) ?? "nps")
            }
            data-testid="question-type-select"
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => onAddQuestion(type)}
            data-testid="question-add"
          >
            {t("surveys.builder.addQuestion")}
          </Button>
        </Group>
        {(page.jumps.length > 0 || !isLastPage || definition.endings.length > 1) && (
          <>
            <Divider label={t("surveys.logic.afterPage")} labelPosition="left" />
            <PageJumpsEditor
              definition={definition}
              pageIndex={pageIndex}
              jumps={page.jumps}
              onChange={(jumps) =>
                onChange(updatePage(definition, pageIndex, (current) => ({ ...current, jumps })))
              }
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
