// A list of one-line values (emails, phones) edited as rows: each row has its own input and its own error,
// so a problem the server names by index ("phones.1") shows under the row it came from.
import { ActionIcon, Button, Group, Input, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { type FieldProblems, problemUnder } from "./customer-field-errors.ts";
import { problemMessage } from "./field-problem-message.tsx";

interface ValueListInputProps {
  label: string;
  description?: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder: string;
  addLabel: string;
  /** The form path of the list, "emails" or "phones"; row errors are looked up under it. */
  path: string;
  problems: FieldProblems;
  type?: "email" | "tel";
  testId: string;
}

export function ValueListInput(props: ValueListInputProps) {
  const { t } = useTranslation();
  const { values, onChange } = props;
  return (
    <Input.Wrapper label={props.label} description={props.description} labelElement="div">
      <Stack gap={6} mt={4}>
        {values.map((value, row) => (
          // Rows have no identity of their own; the index is what the server's error paths name too.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={row} gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              flex={1}
              type={props.type}
              aria-label={`${props.label} ${row + 1}`}
              placeholder={props.placeholder}
              value={value}
              onChange={(event) => onChange(values.with(row, event.currentTarget.value))}
              error={problemMessage(problemUnder(props.problems, `${props.path}.${row}`))}
              data-testid={`${props.testId}-${row}`}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="input-sm"
              aria-label={`${t("customers.form.remove")} ${props.label} ${row + 1}`}
              onClick={() => onChange(values.filter((_, index) => index !== row))}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...values, ""])}
          data-testid={`${props.testId}-add`}
        >
          {props.addLabel}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
