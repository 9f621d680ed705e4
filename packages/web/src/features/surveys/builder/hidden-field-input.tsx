// One input of a hidden field (its key or its label) with the server's message for that path.
import { TextInput } from "@mantine/core";
import { useFieldError } from "../editor/field-errors.tsx";

export function HiddenFieldInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errorPath: string;
  testId: string;
}) {
  const error = useFieldError(props.errorPath);
  return (
    <TextInput
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={error}
      style={{ flex: 1 }}
      data-testid={props.testId}
    />
  );
}
