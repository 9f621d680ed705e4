// The customer's attributes, labelled in the UI language from the workspace's definitions and edited with
// an input of each attribute's type. Values of attributes no longer defined are shown, read-only.
import { Anchor, DataList, Stack, Text } from "@mantine/core";
import { type AttributeDefinition, type AttributeValue, type Customer, can } from "@touchpoint/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { notifySuccess } from "../../../ui/notify.ts";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { useAttributeDefinitions } from "../attribute-definitions-queries.ts";
import { useUpdateCustomer } from "../customers-queries.ts";
import { fieldProblemsOf, problemUnder } from "../form/customer-field-errors.ts";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { problemMessage } from "../form/field-problem-message.tsx";
import { AttributeInput } from "./attribute-input.tsx";
import {
  type AttributeDraft,
  type AttributeProblem,
  attributeDraftOf,
  attributesChangeOf,
} from "./attribute-values.ts";
import { ProfileSection } from "./profile-section.tsx";
import { SaveCancelButtons } from "./save-cancel-buttons.tsx";
import { useAttributeLabel } from "./use-attribute-label.ts";
import { useAttributeText } from "./use-attribute-text.ts";

function AttributesView({
  customer,
  definitions,
}: {
  customer: Customer;
  definitions: AttributeDefinition[];
}) {
  const { t } = useTranslation();
  const label = useAttributeLabel();
  const text = useAttributeText();
  const defined = new Set(definitions.map((definition) => definition.key));
  const undefinedKeys = Object.keys(customer.attributes).filter((key) => !defined.has(key));
  return (
    <DataList labelWidth={160} data-testid="customer-attributes">
      {definitions.map((definition) => {
        const value: AttributeValue | undefined = customer.attributes[definition.key];
        return (
          <DataList.Item key={definition.key} data-testid={`attribute-${definition.key}`}>
            <DataList.ItemLabel>{label(definition)}</DataList.ItemLabel>
            <DataList.ItemValue>
              {value === undefined || value === null ? (
                <Text size="sm" c="dimmed">
                  {t("customers.attributes.notSet")}
                </Text>
              ) : (
                text(definition.type, value)
              )}
            </DataList.ItemValue>
          </DataList.Item>
        );
      })}
      {undefinedKeys.map((key) => (
        <DataList.Item key={key}>
          <DataList.ItemLabel c="dimmed">{t("customers.attributes.notDefined", { key })}</DataList.ItemLabel>
          <DataList.ItemValue>{String(customer.attributes[key])}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

interface AttributesFormProps {
  customer: Customer;
  definitions: AttributeDefinition[];
  onDone: () => void;
}

function AttributesForm({ customer, definitions, onDone }: AttributesFormProps) {
  const { t } = useTranslation();
  const label = useAttributeLabel();
  const update = useUpdateCustomer(customer.id);
  const [initial] = useState(() =>
    Object.fromEntries(
      definitions.map(({ key, type }) => [key, attributeDraftOf(type, customer.attributes[key])]),
    ),
  );
  const [drafts, setDrafts] = useState<Record<string, AttributeDraft>>(initial);
  const [local, setLocal] = useState<Record<string, AttributeProblem>>({});
  const problems = fieldProblemsOf(update.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const change = attributesChangeOf(definitions, initial, drafts);
    setLocal(change.problems);
    if (Object.keys(change.problems).length > 0) return;
    if (Object.keys(change.patch).length === 0) return onDone();
    update.mutate(
      { attributes: change.patch },
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
            placed={(path) => definitions.some(({ key }) => path === `attributes.${key}`)}
          />
        )}
        {definitions.map((definition) => {
          const localProblem = local[definition.key];
          return (
            <AttributeInput
              key={definition.key}
              type={definition.type}
              label={label(definition)}
              value={drafts[definition.key] ?? ""}
              onChange={(value) => setDrafts((current) => ({ ...current, [definition.key]: value }))}
              error={
                localProblem
                  ? t(`customers.fieldProblems.${localProblem}`)
                  : problemMessage(problemUnder(problems, `attributes.${definition.key}`))
              }
              testId={`attribute-input-${definition.key}`}
            />
          );
        })}
        <SaveCancelButtons pending={update.isPending} onCancel={onDone} testId="customer-attributes" />
      </Stack>
    </form>
  );
}

export function AttributesSection({ customer, editable }: { customer: Customer; editable: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const definitions = useAttributeDefinitions();
  const [editing, setEditing] = useState(false);
  const hasDefinitions = (definitions.data?.length ?? 0) > 0;

  let body: ReactNode;
  if (definitions.isPending) body = <LoadingState />;
  else if (definitions.isError)
    body = <ProblemAlert error={definitions.error} onRetry={() => void definitions.refetch()} />;
  else if (editing)
    body = (
      <AttributesForm customer={customer} definitions={definitions.data} onDone={() => setEditing(false)} />
    );
  else
    body = (
      <>
        <AttributesView customer={customer} definitions={definitions.data} />
        {!hasDefinitions && (
          <Text size="sm" c="dimmed">
            {t("customers.attributes.noDefinitions")}{" "}
            {can(me.role, "workspace.manage") && (
              <Anchor component={Link} to="/settings/customer-attributes" size="sm">
                {t("customers.attributes.define")}
              </Anchor>
            )}
          </Text>
        )}
      </>
    );

  return (
    <ProfileSection
      title={t("customers.attributes.title")}
      onEdit={editable && hasDefinitions && !editing ? () => setEditing(true) : undefined}
      testId="customer-attributes-section"
    >
      {body}
    </ProfileSection>
  );
}
