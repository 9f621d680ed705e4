// A matrix answer: one column (scale point) per row.
import { Radio, Table } from "@mantine/core";
import { type AnswerProps, isRecord } from "./answer-props.ts";

export function MatrixAnswer({ question, value, onChange, text, brandColor }: AnswerProps<"matrix">) {
  const answer = isRecord(value) ? value : {};
  return (
    <Table.ScrollContainer minWidth={120 + question.columns.length * 64}>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {question.columns.map((column) => (
              <Table.Th key={column.id} ta="center" fz="xs" fw={500}>
                {text(column.label)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {question.rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td fz="sm">{text(row.label)}</Table.Td>
              {question.columns.map((column) => (
                <Table.Td key={column.id} ta="center">
                  <Radio
                    checked={answer[row.id] === column.id}
                    onChange={() => onChange({ ...answer, [row.id]: column.id })}
                    color={brandColor}
                    aria-label={`${text(row.label)}: ${text(column.label)}`}
                    style={{ display: "inline-block" }}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
