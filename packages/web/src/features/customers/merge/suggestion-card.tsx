// One merge suggestion: the two customers side by side with the identities the evidence named marked, why
// they are suggested, and the decision: merge (choosing which profile stays) or dismiss.
import { Badge, Button, Card, Grid, Group, Radio, Stack, Text, Title } from "@mantine/core";
import { IconArrowMerge, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { notifySuccess } from "../../../ui/notify.ts";
import { customerDisplayName } from "../customer-display.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CustomerSummaryCard } from "./customer-summary-card.tsx";
import { useDismissSuggestion, useMergeCustomers } from "./merge-queries.ts";
import type { MergeSuggestion } from "./merge-types.ts";
import { readEvidence } from "./record-source.ts";
import { SuggestionEvidence } from "./suggestion-evidence.tsx";

const STATUS_COLORS = { open: "orange", merged: "teal", dismissed: "gray" } as const;

export function SuggestionCard({
  suggestion,
  canDecide,
}: {
  suggestion: MergeSuggestion;
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const merge = useMergeCustomers();
  const dismiss = useDismissSuggestion();
  // The older profile (ids are in creation order) stays by default: links and history point to it.
  const [keep, setKeep] = useState<"0" | "1">("0");
  const [first, second] = suggestion.customers;
  const survivor = keep === "0" ? first : second;
  const merged = keep === "0" ? second : first;
  const { identities } = readEvidence(suggestion.evidence);
  const open = suggestion.status === "open";
  const gone = [first, second].some((customer) => customer.mergedInto || customer.erasedAt);
  const name = (customer: typeof first) => customerDisplayName(customer) ?? t("customers.unnamed");
  const keepLabel = (index: "0" | "1") => (
    <Radio
      value={index}
      label={t("customers.merge.suggestions.keep")}
      disabled={!open || !canDecide}
      data-testid={`suggestion-keep-${index}`}
    />
  );

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      data-testid="merge-suggestion"
      data-suggestion-id={suggestion.id}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={5}>
            {name(first)} · {name(second)}
          </Title>
          <Group gap="xs">
            {!open && (
              <Badge color={STATUS_COLORS[suggestion.status]} variant="light" tt="none">
                {t(`customers.merge.suggestions.statuses.${suggestion.status}`)}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {t("customers.merge.suggestions.created", { time: format.dateTime(suggestion.createdAt) })}
            </Text>
          </Group>
        </Group>
        <Radio.Group value={keep} onChange={(value) => setKeep(value === "1" ? "1" : "0")}>
          <Grid gap="md" align="stretch">
            {([first, second] as const).map((customer, index) => (
              <Grid.Col key={customer.id} span={{ base: 12, sm: 6 }}>
                <CustomerSummaryCard
                  customer={customer}
                  highlight={identities}
                  label={open && canDecide && !gone ? keepLabel(index === 0 ? "0" : "1") : undefined}
                  testId="suggestion-customer"
                />
              </Grid.Col>
            ))}
          </Grid>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t("customers.merge.suggestions.evidence")}
          </Text>
          <SuggestionEvidence evidence={suggestion.evidence} />
        </Stack>
        {merge.error ? <CustomerProblemAlert error={merge.error} /> : null}
        {dismiss.error ? <CustomerProblemAlert error={dismiss.error} /> : null}
        {open && canDecide && (
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              leftSection={<IconX size={16} />}
              loading={dismiss.isPending}
              disabled={merge.isPending}
              onClick={() =>
                dismiss.mutate(suggestion.id, {
                  onSuccess: () => notifySuccess(t("customers.merge.suggestions.dismissed")),
                })
              }
              data-testid="suggestion-dismiss"
            >
              {t("customers.merge.suggestions.dismiss")}
            </Button>
            <Button
              leftSection={<IconArrowMerge size={16} />}
              loading={merge.isPending}
              disabled={dismiss.isPending || gone}
              onClick={() =>
                merge.mutate(
                  { survivorId: survivor.id, mergedId: merged.id },
                  {
                    onSuccess: () =>
                      notifySuccess(
                        t("customers.merge.done", { merged: name(merged), survivor: name(survivor) }),
                      ),
                  },
                )
              }
              data-testid="suggestion-merge"
            >
              {t("customers.merge.suggestions.merge")}
            </Button>
          </Group>
        )}
        {!open && suggestion.status === "merged" && (
          <Button
            component={Link}
            to={`/customers/${first.mergedInto ?? second.mergedInto ?? first.id}/merges`}
            variant="subtle"
            size="compact-sm"
            w="fit-content"
          >
            {t("customers.merge.card.open")}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
