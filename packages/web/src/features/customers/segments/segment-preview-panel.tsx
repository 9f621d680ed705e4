// The builder's live preview: how many customers the rules match now and the first of them, recounted a
// moment after each change (the last count stays while the next is made).
import { Anchor, Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { SegmentPreview } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { customerDisplayName } from "../customer-display.ts";

const SHOWN = 10;

interface SegmentPreviewPanelProps {
  preview: UseQueryResult<SegmentPreview>;
  /** False while the rules cannot be read yet: nothing is counted. */
  complete: boolean;
  /** True while the rules were changed and the count has not been asked for yet. */
  settling: boolean;
  /** Set when the server refused the rules; they are shown at the rules, not here. */
  refused: boolean;
}

export function SegmentPreviewPanel({ preview, complete, settling, refused }: SegmentPreviewPanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counting = complete && (settling || preview.isFetching);
  const data = complete && !refused ? preview.data : undefined;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      data-testid="segment-preview"
      aria-live="polite"
      aria-busy={counting}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t("customers.segments.preview.title")}</Title>
          {counting && (
            <Group gap={6}>
              <Loader size="xs" />
              <Text size="xs" c="dimmed">
                {t("customers.segments.preview.updating")}
              </Text>
            </Group>
          )}
        </Group>
        {!complete ? (
          <Text size="sm" c="dimmed">
            {t("customers.segments.preview.incomplete")}
          </Text>
        ) : preview.isError && !refused ? (
          <ProblemAlert error={preview.error} />
        ) : data ? (
          <>
            <Text fz={36} fw={700} lh={1.1} data-testid="segment-preview-count" data-count={data.count}>
              {t("customers.segments.preview.count", {
                count: data.count,
                formatted: format.number(data.count),
              })}
            </Text>
            {data.customers.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("customers.segments.preview.none")}
              </Text>
            ) : (
              <Stack gap={4}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                  {t("customers.segments.preview.first")}
                </Text>
                {data.customers.slice(0, SHOWN).map((customer) => (
                  <Anchor
                    key={customer.id}
                    component={Link}
                    to={`/customers/${customer.id}`}
                    size="sm"
                    data-testid="segment-preview-customer"
                  >
                    {customerDisplayName(customer) ?? t("customers.unnamed")}
                  </Anchor>
                ))}
              </Stack>
            )}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
