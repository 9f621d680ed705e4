// The before and after of an audited change, side by side as formatted JSON.
import { Code, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function AuditEntryChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const columns = [
    { label: t("audit.before"), value: before },
    { label: t("audit.after"), value: after },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} py="sm">
      {columns.map(({ label, value }) => (
        <Stack gap={4} key={label}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {label}
          </Text>
          {value == null ? (
            <Text size="sm" c="dimmed">
              {t("audit.nothing")}
            </Text>
          ) : (
            <Code block>{JSON.stringify(value, null, 2)}</Code>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
