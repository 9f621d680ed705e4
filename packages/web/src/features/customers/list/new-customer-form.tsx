// The form of a new customer: name, language, tags and identities. The server's 422 and 409 answers are
// shown at the fields they concern; an identity another customer holds links to that customer.
import { Button, Group, SimpleGrid, Stack, TagsInput, Text, TextInput } from "@mantine/core";
import type { Customer } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCreateCustomer } from "../customers-queries.ts";
import {
  EMPTY_NEW_CUSTOMER,
  hasSomethingToSave,
  type NewCustomerDraft,
  newCustomerInputOf,
  type SentIdentities,
} from "../form/customer-draft.ts";
import { fieldProblemsOf, problemUnder } from "../form/customer-field-errors.ts";
import { CustomerLanguageSelect } from "../form/customer-language-select.tsx";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { problemMessage } from "../form/field-problem-message.tsx";
import { IdentityFields, isIdentityPath } from "../form/identity-fields.tsx";

const isPlaced = (path: string) => isIdentityPath(path) || /^(name|language|tags)(\.|$)/.test(path);

interface NewCustomerFormProps {
  onCreated: (customer: Customer) => void;
  onCancel: () => void;
}

export function NewCustomerForm({ onCreated, onCancel }: NewCustomerFormProps) {
  const { t } = useTranslation();
  const create = useCreateCustomer();
  const [draft, setDraft] = useState<NewCustomerDraft>(EMPTY_NEW_CUSTOMER);
  const [sent, setSent] = useState<SentIdentities | undefined>();
  const [empty, setEmpty] = useState(false);
  const problems = fieldProblemsOf(create.error, sent);
  const change = (part: Partial<NewCustomerDraft>) => setDraft((current) => ({ ...current, ...part }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!hasSomethingToSave(draft)) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    const next = newCustomerInputOf(draft);
    setSent(next);
    create.mutate(next.input, { onSuccess: onCreated });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("customers.form.intro")}
        </Text>
        {create.error && <CustomerProblemAlert error={create.error} problems={problems} placed={isPlaced} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("customers.form.name")}
            placeholder={t("customers.form.namePlaceholder")}
            value={draft.name}
            onChange={(event) => change({ name: event.currentTarget.value })}
            error={problemMessage(problemUnder(problems, "name"))}
            data-autofocus
            data-testid="customer-name"
          />
          <CustomerLanguageSelect
            label={t("customers.form.language")}
            placeholder={t("customers.form.languagePlaceholder")}
            value={draft.language}
            onChange={(language) => change({ language })}
            clearable
            error={problemMessage(problemUnder(problems, "language"))}
            data-testid="customer-language"
          />
        </SimpleGrid>
        <IdentityFields draft={draft} onChange={change} problems={problems} />
        <TagsInput
          label={t("customers.form.tags")}
          placeholder={t("customers.form.tagsPlaceholder")}
          value={draft.tags}
          onChange={(tags) => change({ tags })}
          error={problemMessage(problemUnder(problems, "tags"))}
          data-testid="customer-tags"
        />
        {empty && (
          <Text size="sm" c="red" role="alert">
            {t("customers.form.needsSomething")}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t("app.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="customer-create">
            {t("customers.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
