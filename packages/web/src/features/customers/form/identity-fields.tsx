// The identities of a customer as form fields: emails, phones and external ids, each row with its error.
import { Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IdentitiesDraft } from "./customer-draft.ts";
import type { FieldProblems } from "./customer-field-errors.ts";
import { ExternalIdsInput } from "./external-ids-input.tsx";
import { ValueListInput } from "./value-list-input.tsx";

interface IdentityFieldsProps {
  draft: IdentitiesDraft;
  onChange: (change: Partial<IdentitiesDraft>) => void;
  problems: FieldProblems;
}

/** The form paths these fields show errors at; anything else goes to the form's alert. */
export const isIdentityPath = (path: string) => /^(emails|phones|externalIds)\.\d+/.test(path);

export function IdentityFields({ draft, onChange, problems }: IdentityFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <ValueListInput
        label={t("customers.form.phones")}
        description={t("customers.form.phoneHint")}
        values={draft.phones}
        onChange={(phones) => onChange({ phones })}
        placeholder={t("customers.form.phonePlaceholder")}
        addLabel={t("customers.form.addPhone")}
        path="phones"
        problems={problems}
        type="tel"
        testId="customer-phone"
      />
      <ValueListInput
        label={t("customers.form.emails")}
        values={draft.emails}
        onChange={(emails) => onChange({ emails })}
        placeholder={t("customers.form.emailPlaceholder")}
        addLabel={t("customers.form.addEmail")}
        path="emails"
        problems={problems}
        type="email"
        testId="customer-email"
      />
      <ExternalIdsInput
        values={draft.externalIds}
        onChange={(externalIds) => onChange({ externalIds })}
        problems={problems}
      />
    </Stack>
  );
}
