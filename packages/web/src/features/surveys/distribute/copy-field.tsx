// A value to copy (a link, a snippet) shown in full, with a copy button.
import { ActionIcon, Code, CopyButton, Group, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export function CopyField({
  value,
  testId,
  block = false,
}: {
  value: string;
  testId?: string;
  block?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align={block ? "flex-start" : "center"}>
      <Code
        block={block}
        style={{ flex: 1, wordBreak: "break-all", whiteSpace: "pre-wrap" }}
        data-testid={testId}
      >
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t("app.copied") : t("app.copy")} withArrow>
            <ActionIcon
              variant={copied ? "filled" : "light"}
              color={copied ? "teal" : "gray"}
              size="lg"
              onClick={copy}
              aria-label={t("app.copy")}
              data-testid={testId ? `${testId}-copy` : undefined}
            >
              {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
