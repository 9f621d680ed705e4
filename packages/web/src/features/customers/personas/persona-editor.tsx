// The persona editor: every text in Vietnamese and English side by side (name, description, quote, goals,
// needs, pains), a picture address with its preview, and the segments the persona stands for.
import { Avatar, Button, Card, Group, MultiSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { can, type Persona } from "@touchpoint/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { notifySuccess } from "../../../ui/notify.ts";
import { PageTitle } from "../../../ui/page-title.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { CustomerProblemAlert } from "../form/customer-problem-alert.tsx";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { useSegments } from "../segments/segment-queries.ts";
import { DeletePersonaButton } from "./delete-persona-button.tsx";
import { LocalizedPointsInput } from "./localized-points-input.tsx";
import { LocalizedTextFields } from "./localized-text-fields.tsx";
import {
  emptyPersonaDraft,
  type PersonaDraft,
  type PersonaRead,
  POINT_LISTS,
  personaDraftOf,
  personaInputOf,
} from "./persona-draft.ts";
import { useSavePersona } from "./persona-queries.ts";
import { initialsOf, usePersonaText } from "./persona-text.ts";

type Problems = Extract<PersonaRead, { ok: false }>["problems"];

export function PersonaEditor({ persona }: { persona: Persona | null }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const navigate = useNavigate();
  const text = usePersonaText();
  const readOnly = !can(me.role, "customers.manage");
  const segments = useSegments();
  const save = useSavePersona(persona?.id ?? null);
  const [draft, setDraft] = useState<PersonaDraft>(() =>
    persona ? personaDraftOf(persona) : emptyPersonaDraft(),
  );
  const [problems, setProblems] = useState<Problems>({});
  const change = (part: Partial<PersonaDraft>) => setDraft((current) => ({ ...current, ...part }));
  const shownName = draft.name.vi || draft.name.en;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = personaInputOf(draft);
    setProblems(read.ok ? {} : read.problems);
    if (!read.ok) return;
    save.mutate(read.input, {
      onSuccess: (saved) => {
        notifySuccess(t("customers.personas.editor.saved", { name: text(saved.name) }));
        void navigate(CUSTOMER_SECTIONS.personas);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <PageTitle>
            {persona
              ? t("customers.personas.editor.editTitle", { name: text(persona.name) })
              : t("customers.personas.editor.newTitle")}
          </PageTitle>
          {persona && !readOnly && <DeletePersonaButton persona={persona} />}
        </Group>
        {readOnly && <Text c="dimmed">{t("customers.personas.editor.readOnly")}</Text>}
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="lg">
              <Stack gap="md">
                <Stack gap={2}>
                  <Title order={4}>{t("customers.personas.editor.texts")}</Title>
                  <Text size="sm" c="dimmed">
                    {t("customers.personas.editor.textsHint")}
                  </Text>
                </Stack>
                <LocalizedTextFields
                  label={t("customers.personas.editor.name")}
                  value={draft.name}
                  onChange={(name) => change({ name })}
                  placeholder={t("customers.personas.editor.namePlaceholder", { returnObjects: true })}
                  error={problems.name && t("customers.personas.editor.nameRequired")}
                  testId="persona-name"
                />
                <LocalizedTextFields
                  label={t("customers.personas.editor.description")}
                  value={draft.description}
                  onChange={(description) => change({ description })}
                  placeholder={t("customers.personas.editor.descriptionPlaceholder", { returnObjects: true })}
                  multiline
                  testId="persona-description"
                />
                <LocalizedTextFields
                  label={t("customers.personas.editor.quote")}
                  value={draft.quote}
                  onChange={(quote) => change({ quote })}
                  placeholder={t("customers.personas.editor.quotePlaceholder", { returnObjects: true })}
                  testId="persona-quote"
                />
                {POINT_LISTS.map((list) => (
                  <LocalizedPointsInput
                    key={list}
                    label={t(`customers.personas.editor.${list}`)}
                    value={draft[list]}
                    onChange={(points) => change({ [list]: points })}
                    testId={`persona-${list}`}
                  />
                ))}
              </Stack>
            </Card>
            <Card withBorder radius="md" padding="lg">
              <Stack gap="md">
                <Group align="flex-end" gap="md" wrap="nowrap">
                  <Avatar
                    src={draft.pictureUrl.trim() || null}
                    size={64}
                    radius="xl"
                    color="initials"
                    name={shownName}
                  >
                    {initialsOf(shownName)}
                  </Avatar>
                  <TextInput
                    flex={1}
                    label={t("customers.personas.editor.picture")}
                    description={t("customers.personas.editor.pictureHint")}
                    placeholder="https://"
                    value={draft.pictureUrl}
                    onChange={(event) => change({ pictureUrl: event.currentTarget.value })}
                    error={problems.pictureUrl && t("customers.personas.editor.pictureUrl")}
                    data-testid="persona-picture"
                  />
                </Group>
                <MultiSelect
                  label={t("customers.personas.editor.segments")}
                  placeholder={t("customers.personas.editor.segmentsPlaceholder")}
                  data={(segments.data ?? []).map((segment) => ({ value: segment.id, label: segment.name }))}
                  value={draft.segmentIds}
                  onChange={(segmentIds) => change({ segmentIds })}
                  searchable
                  clearable
                  nothingFoundMessage={t("customers.personas.editor.noSegments")}
                  description={
                    segments.data?.length === 0 ? t("customers.personas.editor.noSegments") : undefined
                  }
                  data-testid="persona-segments"
                />
              </Stack>
            </Card>
          </Stack>
        </fieldset>
        {save.error ? <CustomerProblemAlert error={save.error} /> : null}
        {!readOnly && (
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => void navigate(CUSTOMER_SECTIONS.personas)}
              disabled={save.isPending}
            >
              {t("app.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="persona-save">
              {t("customers.personas.editor.save")}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
