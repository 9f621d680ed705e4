// A failed customer change as an alert: the customers module words its own problems (an identity taken,
// a merged or erased profile), and lists only the field errors no input on the form shows.
import { Alert, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { describeError } from "../../../api/describe-error.ts";
import type { Messages } from "../../../i18n/en.ts";
import { type FieldProblems, fieldProblemsOf } from "./customer-field-errors.ts";

type CustomerProblemCode = keyof Messages["customers"]["problems"];
const CODES: readonly CustomerProblemCode[] = [
  "identity_taken",
  "invalid_customer",
  "customer_merged",
  "customer_erased",
  "attribute_type_fixed",
  "self_merge",
  "customer_changed",
  "later_merge",
  "merge_undone",
  "suggestion_closed",
  "segment_in_use",
  "invalid_segment",
  "invalid_persona",
];

function customerCode(error: unknown): CustomerProblemCode | undefined {
  return error instanceof ApiError ? CODES.find((code) => code === error.code) : undefined;
}

interface CustomerProblemAlertProps {
  error: unknown;
  /** The error's field problems by form path, when the form has placed them already. */
  problems?: FieldProblems;
  /** True for the form paths an input shows by itself ("phones.1", "name"); those are not listed again. */
  placed?: (path: string) => boolean;
}

export function CustomerProblemAlert({ error, problems, placed = () => false }: CustomerProblemAlertProps) {
  const { t } = useTranslation();
  const code = customerCode(error);
  const described = describeError(error, t);
  const title = code ? t(`customers.problems.${code}.title`) : described.title;
  const detail = code ? t(`customers.problems.${code}.detail`) : described.detail;
  const unplaced = [...(problems ?? fieldProblemsOf(error))].filter(([path]) => !placed(path));
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle />} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {unplaced.length > 0 && (
          <List size="sm">
            {unplaced.map(([path, problem]) => (
              <List.Item key={path}>
                <Text span fw={600} size="sm">
                  {path}
                </Text>
                :{" "}
                {problem.kind === "message" ? problem.message : t(`customers.fieldProblems.${problem.kind}`)}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
