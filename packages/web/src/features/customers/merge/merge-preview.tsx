// The second step of "Merge with…": both profiles side by side, which one stays (swappable), what merging
// does, and the confirmation.
import { Badge, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { IconArrowLeft, IconArrowsExchange } from "@tabler/icons-react";
import type { Customer } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { customerDisplayName } from "../customer-display.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CustomerSummaryCard } from "./customer-summary-card.tsx";

interface MergePreviewProps {
  current: Customer;
  other: Customer;
  pending: boolean;
  error: unknown;
  onBack: () => void;
  onConfirm: (survivor: Customer, merged: Customer) => void;
}

export function MergePreview({ current, other, pending, error, onBack, onConfirm }: MergePreviewProps) {
  const { t } = useTranslation();
  // The profile being looked at stays by default: its address is the one people have open.
  const [swapped, setSwapped] = useState(false);
  const survivor = swapped ? other : current;
  const merged = swapped ? current : other;
  const name = (customer: Customer) => customerDisplayName(customer) ?? t("customers.unnamed");
  return (
    <Stack gap="md">
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <CustomerSummaryCard
            customer={survivor}
            testId="merge-survivor"
            label={
              <Badge color="teal" variant="light">
                {t("customers.merge.keeps")}
              </Badge>
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <CustomerSummaryCard
            customer={merged}
            testId="merge-merged"
            label={
              <Badge color="orange" variant="light">
                {t("customers.merge.goesInto")}
              </Badge>
            }
          />
        </Grid.Col>
      </Grid>
      <Button
        variant="subtle"
        size="compact-sm"
        w="fit-content"
        leftSection={<IconArrowsExchange size={14} />}
        onClick={() => setSwapped((value) => !value)}
        data-testid="merge-swap"
      >
        {t("customers.merge.swap")}
      </Button>
      <Text size="sm">
        {t("customers.merge.explain", { merged: name(merged), survivor: name(survivor) })}
      </Text>
      {error ? <CustomerProblemAlert error={error} /> : null}
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={16} />}
          onClick={onBack}
          disabled={pending}
        >
          {t("customers.merge.back")}
        </Button>
        <Button loading={pending} onClick={() => onConfirm(survivor, merged)} data-testid="merge-confirm">
          {t("customers.merge.confirm")}
        </Button>
      </Group>
    </Stack>
  );
}
