// Why a pair is suggested, in words: the record that named both customers (an import row, a response, an
// interaction) and the identities it named.
import { Group, Mark, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatPhone } from "../customer-display.ts";
import { readEvidence } from "./record-source.ts";

export function SuggestionEvidence({ evidence }: { evidence: Record<string, unknown> }) {
  const { t } = useTranslation();
  const { source, identities } = readEvidence(evidence);
  if (!source && identities.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("customers.merge.suggestions.noEvidence")}
      </Text>
    );
  }
  const sentence = !source
    ? null
    : source.kind === "import"
      ? t("customers.merge.suggestions.fromImport", { file: source.file, line: source.line })
      : source.kind === "other"
        ? t("customers.merge.suggestions.fromSource", { source: source.text })
        : t(
            source.kind === "response"
              ? "customers.merge.suggestions.fromResponse"
              : "customers.merge.suggestions.fromInteraction",
          );
  return (
    <Stack gap={6} data-testid="suggestion-evidence">
      {sentence && <Text size="sm">{sentence}</Text>}
      <Group gap={6}>
        {identities.map((identity) => (
          <Mark key={identity} color="yellow" px={8} py={2} fz="sm" style={{ borderRadius: 4 }}>
            {identity.startsWith("+") ? formatPhone(identity) : identity}
          </Mark>
        ))}
      </Group>
    </Stack>
  );
}
