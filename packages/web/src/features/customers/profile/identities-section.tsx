// The ways Touchpoint recognises the customer: external ids, emails and phones. Saving replaces the three
// lists; one another customer holds is shown at its row, with a link to that customer.
import { Badge, DataList, Group, Stack, Text } from "@mantine/core";
import type { Customer } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../../ui/notify.ts";
import { formatPhone } from "../customer-display.ts";
import { useUpdateCustomer } from "../customers-queries.ts";
import {
  type IdentitiesDraft,
  identitiesDraftOf,
  identitiesInputOf,
  type SentIdentities,
} from "../form/customer-draft.ts";
import { fieldProblemsOf } from "../form/customer-field-errors.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { IdentityFields, isIdentityPath } from "../form/identity-fields.tsx";
import { ProfileSection } from "./profile-section.tsx";
import { SaveCancelButtons } from "./save-cancel-buttons.tsx";

function Values({ values }: { values: { key: string; text: string; title?: string }[] }) {
  const { t } = useTranslation();
  if (values.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("customers.identities.none")}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {values.map((value) => (
        <Text key={value.key} size="sm" title={value.title}>
          {value.text}
        </Text>
      ))}
    </Stack>
  );
}

function IdentitiesView({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  return (
    <DataList labelWidth={160} data-testid="customer-identities">
      <DataList.Item>
        <DataList.ItemLabel>{t("customers.form.phones")}</DataList.ItemLabel>
        <DataList.ItemValue>
          <Values
            values={customer.phones.map((phone) => ({ key: phone, text: formatPhone(phone), title: phone }))}
          />
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("customers.form.emails")}</DataList.ItemLabel>
        <DataList.ItemValue>
          <Values values={customer.emails.map((email) => ({ key: email, text: email }))} />
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("customers.form.externalIds")}</DataList.ItemLabel>
        <DataList.ItemValue>
          {customer.externalIds.length === 0 ? (
            <Values values={[]} />
          ) : (
            <Stack gap={4}>
              {customer.externalIds.map(({ system, value }) => (
                <Group key={`${system}:${value}`} gap={6} wrap="nowrap">
                  <Badge variant="outline" color="gray" size="sm" tt="none">
                    {system}
                  </Badge>
                  <Text size="sm">{value}</Text>
                </Group>
              ))}
            </Stack>
          )}
        </DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}

function IdentitiesForm({ customer, onDone }: { customer: Customer; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCustomer(customer.id);
  const [draft, setDraft] = useState<IdentitiesDraft>(() => identitiesDraftOf(customer));
  const [sent, setSent] = useState<SentIdentities | undefined>();
  const problems = fieldProblemsOf(update.error, sent);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = identitiesInputOf(draft);
    setSent(next);
    update.mutate(next.input, {
      onSuccess: () => {
        notifySuccess(t("customers.profile.saved"));
        onDone();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.error && (
          <CustomerProblemAlert error={update.error} problems={problems} placed={isIdentityPath} />
        )}
        <IdentityFields
          draft={draft}
          onChange={(part) => setDraft((current) => ({ ...current, ...part }))}
          problems={problems}
        />
        <SaveCancelButtons pending={update.isPending} onCancel={onDone} testId="customer-identities" />
      </Stack>
    </form>
  );
}

export function IdentitiesSection({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <ProfileSection
      title={t("customers.identities.title")}
      description={t("customers.identities.intro")}
      onEdit={editable && !editing ? () => setEditing(true) : undefined}
      testId="customer-identities-section"
    >
      {editing ? (
        <IdentitiesForm customer={customer} onDone={() => setEditing(false)} />
      ) : (
        <IdentitiesView customer={customer} />
      )}
    </ProfileSection>
  );
}
