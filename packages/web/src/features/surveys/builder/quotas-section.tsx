// Quotas: caps on the completed responses of a group (a branch, a customer segment), each closing the survey
// or screening out further respondents once full.
import { Button, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { SurveyDefinition } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFieldError } from "../editor/field-errors.tsx";
import { useQuotaProgress } from "../surveys-queries.ts";
import { QuotaCard } from "./quota-card.tsx";
import { newQuota, removeQuota, updateQuota } from "./quota-edits.ts";

interface QuotasSectionProps {
  surveyId: string;
  definition: SurveyDefinition;
  onChange: (next: SurveyDefinition) => void;
}

export function QuotasSection({ surveyId, definition, onChange }: QuotasSectionProps) {
  const { t } = useTranslation();
  const progress = useQuotaProgress(surveyId);
  const { quotas } = definition;
  const error = useFieldError("quotas", { exact: true });
  const next = newQuota(definition, t("surveys.quotas.newName", { n: quotas.length + 1 }));

  return (
    <Stack gap="sm">
      {quotas.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="quotas-empty">
          {t("surveys.quotas.empty")}
        </Text>
      )}
      {quotas.map((quota, index) => (
        <QuotaCard
          // biome-ignore lint/suspicious/noArrayIndexKey: cards keep no state, and an unsaved draft may still hold a repeated id
          key={index}
          definition={definition}
          quota={quota}
          index={index}
          progress={progress.data?.find((item) => item.id === quota.id)}
          onChange={(changed) => onChange(updateQuota(definition, index, changed))}
          onRemove={() => onChange(removeQuota(definition, index))}
        />
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      {next && (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange({ ...definition, quotas: [...quotas, next] })}
          data-testid="quota-add"
        >
          {t("surveys.quotas.add")}
        </Button>
      )}
    </Stack>
  );
}
