// Shows a failed request as a readable alert: title, detail, the fields to fix, and an optional retry.
import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { describeError } from "../api/describe-error.ts";

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
}

export function ProblemAlert({ error, onRetry }: ProblemAlertProps) {
  const { t } = useTranslation();
  const { title, detail, fieldErrors } = describeError(error, t);
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle />} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {fieldErrors.length > 0 && (
          <>
            <Text size="sm">{t("problems.fieldErrors")}</Text>
            <List size="sm">
              {fieldErrors.map((item) => (
                <List.Item key={`${item.path}:${item.message}`}>
                  <Text span fw={600} size="sm">
                    {item.path}
                  </Text>
                  : {item.message}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry} w="fit-content">
            {t("app.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
