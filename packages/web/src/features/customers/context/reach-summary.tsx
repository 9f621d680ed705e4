// How a customer likes to be reached, from the context: preferred channel, language, contact hours, and
// consent per channel as coloured badges.
import { Badge, Group, Stack, Text } from "@mantine/core";
import { CONSENT_CHANNELS, type CustomerContext } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useLanguageName } from "../../surveys/use-language-name.ts";

const CONSENT_COLORS = { granted: "teal", withdrawn: "red", unknown: "gray" } as const;

export function ReachSummary({ context }: { context: CustomerContext }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const facts = [
    context.preferredChannel && [
      t("customers.preferences.preferredChannel"),
      t(`customers.consent.channels.${context.preferredChannel}`),
    ],
    context.language && [t("customers.preferences.language"), languageName(context.language)],
    context.contactHours && [
      t("customers.preferences.contactHours"),
      t("customers.preferences.hours", { from: context.contactHours.from, to: context.contactHours.to }),
    ],
  ].filter((fact): fact is [string, string] => Array.isArray(fact));
  return (
    <Stack gap={6} data-testid="context-reach">
      {facts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("customers.preferences.title")}: {t("customers.preferences.notSet")}
        </Text>
      ) : (
        facts.map(([label, value]) => (
          <Text key={label} size="sm">
            <Text span size="sm" c="dimmed">
              {label}:
            </Text>{" "}
            {value}
          </Text>
        ))
      )}
      <Group gap={4} aria-label={t("customers.context.consent")}>
        {CONSENT_CHANNELS.map((channel) => {
          const status = context.consent[channel]?.status ?? "unknown";
          return (
            <Badge
              key={channel}
              size="sm"
              variant="light"
              tt="none"
              color={CONSENT_COLORS[status]}
              title={t(`customers.consent.status.${status}`)}
              data-channel={channel}
              data-status={status}
            >
              {t(`customers.consent.channels.${channel}`)}: {t(`customers.consent.status.${status}`)}
            </Badge>
          );
        })}
      </Group>
    </Stack>
  );
}
