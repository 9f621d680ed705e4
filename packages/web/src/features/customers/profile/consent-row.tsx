// One channel's consent: its status and record, and (for those who may) a form to record a change with
// its source: where the customer said so.
import { Badge, Button, Group, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import type { ConsentChannel, Customer } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/use-formatters.ts";
import { notifySuccess } from "../../../ui/notify.ts";
import { useUpdateCustomer } from "../customers-queries.ts";
import { fieldProblemsOf, problemUnder } from "../form/customer-field-errors.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { problemMessage } from "../form/field-problem-message.tsx";
import { SaveCancelButtons } from "./save-cancel-buttons.tsx";

const STATUS_COLORS = { granted: "teal", withdrawn: "red", unknown: "gray" } as const;

interface ConsentRowProps {
  customer: Customer;
  channel: ConsentChannel;
  editable: boolean;
}

function ConsentForm({
  customer,
  channel,
  onDone,
}: Omit<ConsentRowProps, "editable"> & { onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCustomer(customer.id);
  const current = customer.consent[channel];
  const [granted, setGranted] = useState(current ? current.granted : true);
  const [source, setSource] = useState("");
  const [sourceMissing, setSourceMissing] = useState(false);
  const problems = fieldProblemsOf(update.error);
  const name = t(`customers.consent.channels.${channel}`);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSourceMissing(!source.trim());
    if (!source.trim()) return;
    update.mutate(
      { consent: { [channel]: { granted, source: source.trim() } } },
      {
        onSuccess: () => {
          notifySuccess(t("customers.consent.saved", { channel: name }));
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("customers.consent.changeLabel", { channel: name })}>
      <Stack gap="xs">
        {update.error && (
          <CustomerProblemAlert
            error={update.error}
            problems={problems}
            placed={(path) => path.startsWith(`consent.${channel}`)}
          />
        )}
        <SegmentedControl
          fullWidth
          value={granted ? "granted" : "withdrawn"}
          onChange={(value) => setGranted(value === "granted")}
          data={[
            { value: "granted", label: t("customers.consent.status.granted") },
            { value: "withdrawn", label: t("customers.consent.status.withdrawn") },
          ]}
          data-testid={`consent-${channel}-choice`}
        />
        <TextInput
          label={t("customers.consent.source")}
          placeholder={t("customers.consent.sourcePlaceholder")}
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          required
          error={
            sourceMissing
              ? t("customers.consent.sourceNeeded")
              : problemMessage(problemUnder(problems, `consent.${channel}`))
          }
          data-autofocus
          data-testid={`consent-${channel}-source`}
        />
        <SaveCancelButtons
          pending={update.isPending}
          onCancel={onDone}
          saveLabel={t("customers.consent.save")}
          testId={`consent-${channel}`}
        />
      </Stack>
    </form>
  );
}

export function ConsentRow({ customer, channel, editable }: ConsentRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  const consent = customer.consent[channel];
  const status = consent ? (consent.granted ? "granted" : "withdrawn") : "unknown";
  return (
    <Stack gap="xs" data-testid={`consent-${channel}`} data-status={status}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t(`customers.consent.channels.${channel}`)}
            </Text>
            <Badge color={STATUS_COLORS[status]} variant="light" size="sm">
              {t(`customers.consent.status.${status}`)}
            </Badge>
          </Group>
          {consent && (
            <Text size="xs" c="dimmed">
              {t("customers.consent.recorded", { source: consent.source, time: format.dateTime(consent.at) })}
            </Text>
          )}
        </Stack>
        {editable && !editing && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => setEditing(true)}
            aria-label={t("customers.consent.changeLabel", {
              channel: t(`customers.consent.channels.${channel}`),
            })}
            data-testid={`consent-${channel}-change`}
          >
            {t("customers.consent.change")}
          </Button>
        )}
      </Group>
      {editing && <ConsentForm customer={customer} channel={channel} onDone={() => setEditing(false)} />}
    </Stack>
  );
}
