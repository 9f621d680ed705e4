// Why a save failed: the problem's title, then where each field error is in the builder, in words; the
// fields themselves are marked in red below.
import { Alert, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { describeError } from "../../../api/describe-error.ts";
import { errorLocation } from "./error-locations.ts";

const SHOWN = 6;

export function SaveProblemAlert({ error, definition }: { error: unknown; definition: SurveyDefinition }) {
  const { t } = useTranslation();
  const { title, detail, fieldErrors } = describeError(error, t);
  const lines = [
    ...new Set(fieldErrors.map((item) => `${errorLocation(item.path, definition, t)}: ${item.message}`)),
  ];
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle />}
      role="alert"
      data-testid="survey-save-error"
    >
      <Stack gap="xs">
        <Text size="sm">{fieldErrors.length > 0 ? t("surveys.errors.marked") : detail}</Text>
        {lines.length > 0 && (
          <List size="sm">
            {lines.slice(0, SHOWN).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        {lines.length > SHOWN && (
          <Text size="sm" c="dimmed">
            {t("surveys.errors.more", { count: lines.length - SHOWN })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
