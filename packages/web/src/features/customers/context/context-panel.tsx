// "Before you talk to them": what a front-line employee reads first on a profile. The latest scores, the risk
// flags in plain words, how the customer likes to be reached, and their recent negative feedback.
import { Alert, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from "@tabler/icons-react";
import type { Customer } from "@touchpoint/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { ScoreBadge } from "../timeline/score-badges.tsx";
import { useCustomerContext } from "../timeline/timeline-queries.ts";
import { NegativeFeedbackList } from "./negative-feedback-list.tsx";
import { ReachSummary } from "./reach-summary.tsx";
import { riskFlagText } from "./risk-flag-text.ts";

function Column({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={8}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

export function ContextPanel({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const context = useCustomerContext(customer.id);

  if (context.isError) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle />} data-testid="customer-context-error">
        {t("customers.context.error")}
      </Alert>
    );
  }
  const data = context.data;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-label={t("customers.context.title")}
      data-testid="customer-context"
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={4}>{t("customers.context.title")}</Title>
          <Text size="sm" c="dimmed">
            {t("customers.context.intro")}
          </Text>
        </Stack>
        {!data ? (
          <Skeleton h={96} radius="sm" />
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
              <Column title={t("customers.context.scores")}>
                {data.latestScores.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("customers.context.noScores")}
                  </Text>
                ) : (
                  data.latestScores.map((score) => (
                    <Group
                      key={score.metric}
                      gap={8}
                      wrap="nowrap"
                      data-testid="context-score"
                      data-metric={score.metric}
                    >
                      <ScoreBadge metric={score.metric} value={score.value} />
                      <Text size="sm" c="dimmed">
                        {score.npsGroup ? `${t(`customers.context.npsGroups.${score.npsGroup}`)} · ` : ""}
                        {t("customers.context.scoreAt", { date: format.date(score.at) })}
                      </Text>
                    </Group>
                  ))
                )}
              </Column>
              <Column title={t("customers.context.care")}>
                {data.riskFlags.length === 0 ? (
                  <Group gap={6} wrap="nowrap">
                    <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
                    <Text size="sm">{t("customers.context.noCare")}</Text>
                  </Group>
                ) : (
                  data.riskFlags.map((flag) => (
                    <Group
                      key={flag.code}
                      gap={8}
                      wrap="nowrap"
                      align="flex-start"
                      data-testid="context-flag"
                      data-code={flag.code}
                    >
                      <IconAlertTriangle
                        size={18}
                        color="var(--mantine-color-orange-6)"
                        style={{ flexShrink: 0, marginTop: 2 }}
                      />
                      <Text size="sm">{riskFlagText(flag, t, format)}</Text>
                    </Group>
                  ))
                )}
              </Column>
              <Column title={t("customers.context.reach")}>
                <ReachSummary context={data} />
              </Column>
            </SimpleGrid>
            {data.recentNegativeFeedback.length > 0 && (
              <Column title={t("customers.context.negative")}>
                <NegativeFeedbackList items={data.recentNegativeFeedback} />
              </Column>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
