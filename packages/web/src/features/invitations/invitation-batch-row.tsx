// One send of the survey: when, by whom, how many recipients, its invitations per status now; opens its list.
import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconChevronDown, IconChevronUp } from "@tabler/icons-react";
import { INVITATION_STATUSES, type InvitationBatch } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { BatchInvitations } from "./batch-invitations.tsx";
import { InvitationStatusBadge } from "./invitation-status-badge.tsx";

export function InvitationBatchRow({ batch }: { batch: InvitationBatch }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [open, setOpen] = useState(false);
  const statuses = INVITATION_STATUSES.filter((status) => batch.statusCounts[status] > 0);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="invitation-batch-row">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {format.dateTime(batch.createdAt)} · {batch.createdBy.label}
            </Text>
            <Text size="sm" c="dimmed">
              {t("invitations.columns.recipients")}: {format.number(batch.counts.recipients)}
            </Text>
            <Group gap={6}>
              {statuses.map((status) => (
                <InvitationStatusBadge
                  key={status}
                  status={status}
                  count={format.number(batch.statusCounts[status])}
                />
              ))}
            </Group>
          </Stack>
          <Button
            variant="subtle"
            size="xs"
            rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            {open ? t("invitations.hide") : t("invitations.show")}
          </Button>
        </Group>
        {open && <BatchInvitations batch={batch} />}
      </Stack>
    </Paper>
  );
}
