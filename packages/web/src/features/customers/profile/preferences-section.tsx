// How the customer likes to be contacted: preferred channel, language and contact hours. The API merges
// preferences key by key and has no way to remove one, so a set preference can be changed, not cleared.
import { DataList, Group, Input, Select, Stack, Text, TextInput } from "@mantine/core";
import { CONSENT_CHANNELS, type ConsentChannel, type Customer, type Preferences } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../../ui/notify.ts";
import { useLanguageName } from "../../surveys/use-language-name.ts";
import { useUpdateCustomer } from "../customers-queries.ts";
import { fieldProblemsOf, problemUnder } from "../form/customer-field-errors.ts";
import { CustomerLanguageSelect } from "../form/customer-language-select.tsx";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { problemMessage } from "../form/field-problem-message.tsx";
import { ProfileSection } from "./profile-section.tsx";
import { SaveCancelButtons } from "./save-cancel-buttons.tsx";

function NotSet() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t("customers.preferences.notSet")}
    </Text>
  );
}

function PreferencesView({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const hours = preferences.contactHours;
  const other = Object.entries(preferences.other ?? {});
  return (
    <DataList labelWidth={160} data-testid="customer-preferences">
      <DataList.Item>
        <DataList.ItemLabel>{t("customers.preferences.preferredChannel")}</DataList.ItemLabel>
        <DataList.ItemValue>
          {preferences.preferredChannel ? (
            t(`customers.consent.channels.${preferences.preferredChannel}`)
          ) : (
            <NotSet />
          )}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("customers.preferences.language")}</DataList.ItemLabel>
        <DataList.ItemValue>
          {preferences.language ? languageName(preferences.language) : <NotSet />}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("customers.preferences.contactHours")}</DataList.ItemLabel>
        <DataList.ItemValue>
          {hours ? t("customers.preferences.hours", { from: hours.from, to: hours.to }) : <NotSet />}
        </DataList.ItemValue>
      </DataList.Item>
      {other.map(([key, value]) => (
        <DataList.Item key={key}>
          <DataList.ItemLabel>{key}</DataList.ItemLabel>
          <DataList.ItemValue>{String(value)}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

function PreferencesForm({ customer, onDone }: { customer: Customer; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCustomer(customer.id);
  const saved = customer.preferences;
  const [channel, setChannel] = useState<ConsentChannel | null>(saved.preferredChannel ?? null);
  const [language, setLanguage] = useState(saved.language ?? "");
  const [from, setFrom] = useState(saved.contactHours?.from ?? "");
  const [to, setTo] = useState(saved.contactHours?.to ?? "");
  const [hoursHalf, setHoursHalf] = useState(false);
  const problems = fieldProblemsOf(update.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setHoursHalf(Boolean(from) !== Boolean(to));
    if (Boolean(from) !== Boolean(to)) return;
    const change: Preferences = {};
    if (channel && channel !== saved.preferredChannel) change.preferredChannel = channel;
    if (language && language !== saved.language) change.language = language;
    if (from && to && (from !== saved.contactHours?.from || to !== saved.contactHours?.to)) {
      change.contactHours = { from, to };
    }
    if (Object.keys(change).length === 0) return onDone();
    update.mutate(
      { preferences: change },
      {
        onSuccess: () => {
          notifySuccess(t("customers.profile.saved"));
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {update.error && (
          <CustomerProblemAlert
            error={update.error}
            problems={problems}
            placed={(path) => /^preferences\.(preferredChannel|language|contactHours)/.test(path)}
          />
        )}
        <Select
          label={t("customers.preferences.preferredChannel")}
          placeholder={t("customers.preferences.notSet")}
          data={CONSENT_CHANNELS.map((value) => ({ value, label: t(`customers.consent.channels.${value}`) }))}
          value={channel}
          onChange={(value) => setChannel(CONSENT_CHANNELS.find((candidate) => candidate === value) ?? null)}
          allowDeselect={false}
          error={problemMessage(problemUnder(problems, "preferences.preferredChannel"))}
          data-testid="preferences-channel"
        />
        <CustomerLanguageSelect
          label={t("customers.preferences.language")}
          placeholder={t("customers.preferences.notSet")}
          value={language}
          onChange={setLanguage}
          allowDeselect={false}
          error={problemMessage(problemUnder(problems, "preferences.language"))}
          data-testid="preferences-language"
        />
        <Input.Wrapper
          label={t("customers.preferences.contactHours")}
          labelElement="div"
          error={
            hoursHalf
              ? t("customers.fieldProblems.hoursBoth")
              : problemMessage(problemUnder(problems, "preferences.contactHours"))
          }
        >
          <Group gap="xs" wrap="nowrap" mt={4}>
            <TextInput
              type="time"
              flex={1}
              aria-label={t("customers.preferences.from")}
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              data-testid="preferences-hours-from"
            />
            <Text size="sm" c="dimmed">
              –
            </Text>
            <TextInput
              type="time"
              flex={1}
              aria-label={t("customers.preferences.to")}
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              data-testid="preferences-hours-to"
            />
          </Group>
        </Input.Wrapper>
        <SaveCancelButtons pending={update.isPending} onCancel={onDone} testId="customer-preferences" />
      </Stack>
    </form>
  );
}

export function PreferencesSection({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <ProfileSection
      title={t("customers.preferences.title")}
      onEdit={editable && !editing ? () => setEditing(true) : undefined}
      testId="customer-preferences-section"
    >
      {editing ? (
        <PreferencesForm customer={customer} onDone={() => setEditing(false)} />
      ) : (
        <PreferencesView preferences={customer.preferences} />
      )}
    </ProfileSection>
  );
}
