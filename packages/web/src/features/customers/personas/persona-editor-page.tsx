// /customers/personas/new and /customers/personas/:id: loads the persona (when it exists), then its editor.
import { Anchor, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { CUSTOMER_SECTIONS } from "../list/customers-section-nav.tsx";
import { PersonaEditor } from "./persona-editor.tsx";
import { usePersona } from "./persona-queries.ts";

export function PersonaEditorPage() {
  const { t } = useTranslation();
  const { id = "new" } = useParams();
  const personaId = id === "new" ? null : id;
  const persona = usePersona(personaId);
  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={CUSTOMER_SECTIONS.personas} size="sm" w="fit-content">
        {t("customers.personas.editor.back")}
      </Anchor>
      {persona.error ? (
        <ProblemAlert error={persona.error} />
      ) : personaId && !persona.data ? (
        <LoadingState />
      ) : (
        <PersonaEditor key={personaId ?? "new"} persona={persona.data ?? null} />
      )}
    </Stack>
  );
}
