// Changes a customer's name, language and tags. A name can be changed but not removed (the API keeps it),
// and only what changed is sent.
import { Stack, TagsInput, TextInput } from "@mantine/core";
import type { Customer, CustomerPatch } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "../../../ui/notify.ts";
import { useUpdateCustomer } from "../customers-queries.ts";
import { fieldProblemsOf, problemUnder } from "../form/customer-field-errors.ts";
import { CustomerLanguageSelect } from "../form/customer-language-select.tsx";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { problemMessage } from "../form/field-problem-message.tsx";
import { SaveCancelButtons } from "./save-cancel-buttons.tsx";

const isPlaced = (path: string) => /^(name|language|tags)(\.|$)/.test(path);

export function CustomerDetailsForm({ customer, onDone }: { customer: Customer; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCustomer(customer.id);
  const [name, setName] = useState(customer.name ?? "");
  const [language, setLanguage] = useState(customer.language ?? "");
  const [tags, setTags] = useState(customer.tags);
  const [nameMissing, setNameMissing] = useState(false);
  const problems = fieldProblemsOf(update.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (customer.name && !trimmed) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    const patch: CustomerPatch = {};
    if (trimmed && trimmed !== customer.name) patch.name = trimmed;
    if (language && language !== customer.language) patch.language = language;
    if (tags.join("\n") !== customer.tags.join("\n"))
      patch.tags = tags.map((tag) => tag.trim()).filter(Boolean);
    if (Object.keys(patch).length === 0) return onDone();
    update.mutate(patch, {
      onSuccess: () => {
        notifySuccess(t("customers.profile.saved"));
        onDone();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.error && <CustomerProblemAlert error={update.error} problems={problems} placed={isPlaced} />}
        <TextInput
          label={t("customers.form.name")}
          placeholder={t("customers.form.namePlaceholder")}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={
            nameMissing ? t("customers.profile.nameRequired") : problemMessage(problemUnder(problems, "name"))
          }
          data-autofocus
          data-testid="customer-details-name"
        />
        <CustomerLanguageSelect
          label={t("customers.form.language")}
          placeholder={t("customers.form.languagePlaceholder")}
          value={language}
          onChange={setLanguage}
          allowDeselect={false}
          error={problemMessage(problemUnder(problems, "language"))}
          data-testid="customer-details-language"
        />
        <TagsInput
          label={t("customers.form.tags")}
          placeholder={t("customers.form.tagsPlaceholder")}
          value={tags}
          onChange={setTags}
          error={problemMessage(problemUnder(problems, "tags"))}
          data-testid="customer-details-tags"
        />
        <SaveCancelButtons pending={update.isPending} onCancel={onDone} testId="customer-details" />
      </Stack>
    </form>
  );
}
