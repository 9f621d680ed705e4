// Shows a newly created API key's secret once, with a copy button and a warning that it will not return.
import { ActionIcon, Alert, Button, Code, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy, IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CreatedApiKey } from "./api-keys-queries.ts";

export function CreatedApiKeyAlert({
  created,
  onDismiss,
}: {
  created: CreatedApiKey;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconKey />}
      title={t("apiKeys.secretTitle", { name: created.apiKey.name })}
      role="status"
    >
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t("apiKeys.secretWarning")}
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap" }}
            data-testid="api-key-secret"
          >
            {created.key}
          </Code>
          <CopyButton value={created.key}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t("app.copied") : t("app.copy")} withArrow>
                <ActionIcon
                  variant={copied ? "filled" : "light"}
                  color={copied ? "teal" : "gray"}
                  size="lg"
                  onClick={copy}
                  aria-label={t("app.copy")}
                  data-testid="api-key-copy"
                >
                  {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Button variant="default" size="xs" w="fit-content" onClick={onDismiss}>
          {t("apiKeys.secretDone")}
        </Button>
      </Stack>
    </Alert>
  );
}
