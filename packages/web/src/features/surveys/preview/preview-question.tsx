// One question as a respondent sees it: title, description, and the answer input of its type.
import { Stack, Text } from "@mantine/core";
import { AnswerInput, type AnswerInputProps } from "./answer-input.tsx";

export function PreviewQuestion(props: AnswerInputProps) {
  const { question, text } = props;
  return (
    <Stack gap="xs" data-testid="preview-question" data-question-id={question.id}>
      <Text fw={600} size="sm">
        {text(question.title) || "…"}
        {question.required && (
          <Text span c="red" inherit>
            {" *"}
          </Text>
        )}
      </Text>
      {question.description && (
        <Text size="xs" c="dimmed">
          {text(question.description)}
        </Text>
      )}
      <AnswerInput {...props} />
    </Stack>
  );
}
