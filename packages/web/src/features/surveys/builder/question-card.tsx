// One question in the builder: a header with its number, type and order controls, and, opened, its editor.
import {
  ActionIcon,
  Badge,
  Code,
  Collapse,
  Divider,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import {
  IconAlertCircle,
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconChevronRight,
  IconGitBranch,
  IconPageBreak,
  IconTrash,
} from "@tabler/icons-react";
import { pickText, type Question } from "@touchpoint/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useHasFieldErrors } from "../editor/field-errors.tsx";
import { LocalizedTextInput } from "./localized-text-input.tsx";
import type { QuestionContext } from "./question-context.ts";
import { QuestionLogic } from "./question-logic.tsx";
import { QuestionSettings } from "./question-settings.tsx";

interface QuestionCardProps {
  question: Question;
  /** Position in the whole survey, from 0. */
  index: number;
  context: QuestionContext;
  /** Earlier questions, which this one's "show only if" may look at. */
  candidates: Question[];
  expanded: boolean;
  onToggle: () => void;
  onChange: (next: Question) => void;
  onMove: (delta: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onRemove: (() => void) | null;
  onPageBreak: (() => void) | null;
}

export function QuestionCard(props: QuestionCardProps) {
  const { t, i18n } = useTranslation();
  const { question, context, onChange } = props;
  const hasErrors = useHasFieldErrors(context.path);
  const title = pickText(
    question.title,
    i18n.resolvedLanguage ?? context.defaultLanguage,
    context.defaultLanguage,
  );
  const textProps = { languages: context.languages, defaultLanguage: context.defaultLanguage };

  const control = (label: string, icon: ReactNode, onClick: (() => void) | null, color = "gray") => (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant="subtle"
        color={color}
        disabled={!onClick}
        onClick={onClick ?? undefined}
        aria-label={label}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid="question-card"
      data-question-id={question.id}
      style={hasErrors ? { borderColor: "var(--mantine-color-red-6)" } : undefined}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <UnstyledButton
          onClick={props.onToggle}
          style={{ flex: 1, minWidth: 0 }}
          aria-expanded={props.expanded}
          data-testid={`question-${props.index}-toggle`}
        >
          <Group gap="xs" wrap="nowrap">
            {props.expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            <Text fw={700} size="sm">
              {props.index + 1}.
            </Text>
            <Badge variant="light" size="sm" style={{ flexShrink: 0 }}>
              {t(`surveys.questionTypes.${question.type}`)}
            </Badge>
            <Text size="sm" truncate c={title ? undefined : "dimmed"}>
              {title || t("surveys.builder.untitled")}
              {question.required && " *"}
            </Text>
            {question.showIf && <IconGitBranch size={16} aria-label={t("surveys.logic.hasLogic")} />}
            {hasErrors && (
              <IconAlertCircle
                size={16}
                color="var(--mantine-color-red-6)"
                aria-label={t("surveys.builder.hasErrors")}
              />
            )}
          </Group>
        </UnstyledButton>
        <Group gap={2} wrap="nowrap">
          {control(
            t("surveys.builder.moveUp"),
            <IconArrowUp size={16} />,
            props.canMoveUp ? () => props.onMove(-1) : null,
          )}
          {control(
            t("surveys.builder.moveDown"),
            <IconArrowDown size={16} />,
            props.canMoveDown ? () => props.onMove(1) : null,
          )}
          {control(t("surveys.builder.pageBreak"), <IconPageBreak size={16} />, props.onPageBreak)}
          {control(t("surveys.builder.removeQuestion"), <IconTrash size={16} />, props.onRemove, "red")}
        </Group>
      </Group>
      <Collapse expanded={props.expanded}>
        {props.expanded && (
          <Stack gap="md" pt="md">
            <LocalizedTextInput
              {...textProps}
              label={t("surveys.builder.questionTitle")}
              value={question.title}
              onChange={(text) => onChange({ ...question, title: text ?? {} })}
              errorPath={`${context.path}.title`}
              testId={`${context.testId}-title`}
              description={t("surveys.builder.pipingHint", {
                customer: "{{customer.name}}",
                hidden: "{{hidden.key}}",
                answer: "{{answers.questionId}}",
              })}
            />
            <LocalizedTextInput
              {...textProps}
              label={t("surveys.builder.questionDescription")}
              value={question.description}
              onChange={(description) => onChange({ ...question, description })}
              optional
              errorPath={`${context.path}.description`}
              testId={`${context.testId}-description`}
            />
            <Group justify="space-between">
              <Switch
                label={t("surveys.builder.required")}
                checked={question.required}
                onChange={(event) => onChange({ ...question, required: event.currentTarget.checked })}
                data-testid={`${context.testId}-required`}
              />
              <Text size="xs" c="dimmed">
                {t("surveys.builder.questionId")} <Code>{question.id}</Code>
              </Text>
            </Group>
            <QuestionSettings question={question} onChange={onChange} context={context} />
            <Divider />
            <QuestionLogic
              showIf={question.showIf}
              candidates={props.candidates}
              onChange={(showIf) => onChange({ ...question, showIf })}
              defaultLanguage={context.defaultLanguage}
              errorPath={`${context.path}.showIf`}
              testId={context.testId}
            />
          </Stack>
        )}
      </Collapse>
    </Paper>
  );
}
