// The taxonomy editor: the effective topics, the workspace's own editable by managers, and the
// re-enrichment each change starts, the models the workspace trained on its labels and the longest text analysed.
import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { can, type Topic } from "@touchpoint/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useCurrentMe } from "../auth/current-me.tsx";
import { ReenrichmentStatus } from "./reenrichment-status.tsx";
import { useTaxonomy } from "./taxonomy-queries.ts";
import { taxonomyRows } from "./taxonomy-rows.ts";
import { TaxonomyTable } from "./taxonomy-table.tsx";
import { TextSettingsCard } from "./text-settings-card.tsx";
import { TopicFormModal } from "./topic-form-modal.tsx";
import { WorkspaceModelsCard } from "./workspace-models-card.tsx";

export function TaxonomyTab() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const me = useCurrentMe();
  const canManage = can(me.role, "text.manage");
  const taxonomy = useTaxonomy();
  const language = i18n.resolvedLanguage === "en" ? "en" : "vi";
  /** undefined: the form is closed; null: a new topic. */
  const [editing, setEditing] = useState<Topic | null | undefined>(undefined);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} maw={760}>
          <Title order={3} size="h4">
            {t("feedback.taxonomy.title")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("feedback.taxonomy.intro")}
          </Text>
          {taxonomy.data && (
            <Text size="xs" c="dimmed" data-testid="taxonomy-version">
              {t("feedback.taxonomy.version", { version: format.number(taxonomy.data.version) })}
            </Text>
          )}
        </Stack>
        {canManage && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing(null)}
            data-testid="topic-add"
          >
            {t("feedback.taxonomy.add")}
          </Button>
        )}
      </Group>
      {!canManage && (
        <Text size="sm" c="dimmed">
          {t("feedback.taxonomy.readOnly")}
        </Text>
      )}
      <ReenrichmentStatus canManage={canManage} />
      <WorkspaceModelsCard canManage={canManage} />
      <TextSettingsCard canManage={canManage} />
      {taxonomy.isPending ? (
        <LoadingState />
      ) : taxonomy.isError ? (
        <ProblemAlert error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />
      ) : (
        <TaxonomyTable
          rows={taxonomyRows(taxonomy.data, language)}
          language={language}
          canManage={canManage}
          onEdit={setEditing}
        />
      )}
      <TopicFormModal
        topic={editing ?? null}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </Stack>
  );
}
