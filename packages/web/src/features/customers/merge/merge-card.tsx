// One merge of a profile: who went into whom, what moved and what was filled, who merged and when, and its
// state: undone, undoable, or waiting for a later merge to be undone first.
import { Anchor, Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import type { CustomerMerge } from "./merge-types.ts";
import { movedText } from "./moved-text.ts";
import { UndoMergeButton } from "./undo-merge-button.tsx";
import { useCustomerName } from "./use-customer-name.ts";

export function MergeCard({ merge, canUndo }: { merge: CustomerMerge; canUndo: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const survivor = useCustomerName(merge.survivorId);
  const merged = useCustomerName(merge.mergedId);
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      data-testid="merge-card"
      data-merge-id={merge.id}
      data-undone={merge.undoneAt !== null}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            <Anchor component={Link} to={`/customers/${merge.mergedId}`} inherit>
              {merged}
            </Anchor>
            {" → "}
            <Anchor component={Link} to={`/customers/${merge.survivorId}`} inherit>
              {survivor}
            </Anchor>
          </Text>
          <Text size="sm">{t("customers.merge.list.moved", { counts: movedText(merge.moved, t) })}</Text>
          {merge.filled.length > 0 && (
            <Text size="sm" c="dimmed">
              {t("customers.merge.list.filled", { fields: merge.filled.join(", ") })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t("customers.merge.list.by", {
              actor: merge.actor.label,
              time: format.dateTime(merge.mergedAt),
            })}
          </Text>
        </Stack>
        {merge.undoneAt ? (
          <Badge color="gray" variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t("customers.merge.list.undone", { time: format.dateTime(merge.undoneAt) })}
          </Badge>
        ) : merge.undoable ? (
          canUndo && <UndoMergeButton merge={merge} />
        ) : (
          <Text size="xs" c="dimmed" maw={200} ta="right">
            {t("customers.merge.list.notUndoable")}
          </Text>
        )}
      </Group>
    </Card>
  );
}
