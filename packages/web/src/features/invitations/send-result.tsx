// The answer to a send: how many were queued, blocked (with why), duplicated or invalid, and the invalid rows.
import { Alert, CloseButton, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconMailForward } from "@tabler/icons-react";
import type { SendInvitationsResult } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { SuppressedReasons } from "./suppressed-reasons.tsx";

const COUNTS = ["queued", "suppressed", "duplicates", "invalid"] as const;

interface SendResultProps {
  result: SendInvitationsResult;
  /** False when the rows not sent are shown elsewhere (the lines of an uploaded file). */
  listRowErrors?: boolean;
  onDismiss: () => void;
}

export function SendResult({ result, listRowErrors = true, onDismiss }: SendResultProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Alert color="teal" variant="light" icon={<IconMailForward />} data-testid="invitations-result">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t("invitations.resultTitle")}</Text>
          <CloseButton onClick={onDismiss} aria-label={t("app.close")} />
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {COUNTS.map((key) => (
            <Stack key={key} gap={0}>
              <Text size="xl" fw={700} data-testid={`invitations-result-${key}`}>
                {format.number(result[key])}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`invitations.resultCounts.${key}`)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        {result.suppressed > 0 && <SuppressedReasons batch={result.batch} />}
        {listRowErrors && result.errors.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("invitations.rowErrorsTitle")}
            </Text>
            <List size="sm">
              {result.errors.map((row) => (
                <List.Item key={row.row}>
                  {t("invitations.rowError", {
                    row: row.row,
                    errors: row.errors.map((error) => `${error.path}: ${error.message}`).join("; "),
                  })}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
