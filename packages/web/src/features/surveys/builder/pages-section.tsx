// The questions of the survey, page by page; which questions are open for editing is kept here.
import { Stack } from "@mantine/core";
import { allQuestions, type QuestionType, type SurveyDefinition } from "@touchpoint/core";
import { useState } from "react";
import { useFieldErrors } from "../editor/field-errors.tsx";
import type { Localize } from "../use-localize.ts";
import { addQuestion } from "./definition-edits.ts";
import { PageCard } from "./page-card.tsx";
import { newQuestion } from "./question-factory.ts";
import { uniqueKey } from "./survey-keys.ts";

interface PagesSectionProps {
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
  localize: Localize;
}

export function PagesSection({ definition, onChange, localize }: PagesSectionProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(definition.pages[0]?.questions.slice(0, 1).map((question) => question.id)),
  );

  // After a failed save, the questions the server found fault with are opened, so their errors show.
  const errors = useFieldErrors();
  const [errorsSeen, setErrorsSeen] = useState(errors);
  if (errors !== errorsSeen) {
    setErrorsSeen(errors);
    const faulty = definition.pages.flatMap((page, p) =>
      page.questions.filter((_, q) =>
        errors.some((error) => error.path.startsWith(`definition.pages.${p}.questions.${q}.`)),
      ),
    );
    if (faulty.length > 0)
      setExpanded((current) => new Set([...current, ...faulty.map((question) => question.id)]));
  }

  function toggle(questionId: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(questionId)) next.add(questionId);
      return next;
    });
  }

  function add(pageIndex: number, type: QuestionType) {
    const id = uniqueKey(
      type,
      allQuestions(definition).map((question) => question.id),
    );
    onChange(addQuestion(definition, pageIndex, newQuestion(type, id, localize)));
    setExpanded((current) => new Set([...current, id]));
  }

  let firstIndex = 0;
  return (
    <Stack gap="md">
      {definition.pages.map((page, pageIndex) => {
        const start = firstIndex;
        firstIndex += page.questions.length;
        return (
          <PageCard
            key={page.id}
            definition={definition}
            pageIndex={pageIndex}
            firstIndex={start}
            onChange={onChange}
            localize={localize}
            expanded={expanded}
            onToggle={toggle}
            onAddQuestion={(type) => add(pageIndex, type)}
          />
        );
      })}
    </Stack>
  );
}
