// The workspace's own models: per task (topic, sentiment) how many labels it has and a "Train model"
// action, disabled with the reason while the labels are too few; then the trained models with their
// held-out metrics, where managers pick the one to use or go back to the default model.
import { Button, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import { IconBrain } from "@tabler/icons-react";
import { TEXT_MODEL_TASKS, type TextModelTask } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { notifySuccess } from "../../ui/notify.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useLabelsSummary } from "./comments-queries.ts";
import { trainingBlock } from "./model-training.ts";
import { useTrainModel, useWorkspaceModels } from "./models-queries.ts";
import { useTopicLabel } from "./use-topic-label.ts";
import { WorkspaceModelsTable } from "./workspace-models-table.tsx";

export function WorkspaceModelsCard({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const models = useWorkspaceModels();
  const summary = useLabelsSummary();
  if (models.isError) return <ProblemAlert error={models.error} onRetry={() => void models.refetch()} />;

  return (
    <Paper withBorder radius="md" p="sm" data-testid="workspace-models">
      <Stack gap="sm">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t("feedback.models.title")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("feedback.models.intro")}
          </Text>
        </Stack>
        {summary.data &&
          TEXT_MODEL_TASKS.map((task) => (
            <TrainRow key={task} task={task} counts={summary.data[task]} canManage={canManage} />
          ))}
        {models.data && models.data.items.length > 0 ? (
          <WorkspaceModelsTable models={models.data.items} canManage={canManage} />
        ) : (
          <Text size="sm" c="dimmed">
            {t("feedback.models.empty")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function TrainRow(props: { task: TextModelTask; counts: Record<string, number>; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const topicLabel = useTopicLabel();
  const train = useTrainModel();
  const name = (label: string) =>
    props.task === "sentiment"
      ? t(`feedback.sentiments.${label}`, { defaultValue: label })
      : topicLabel(label);
  const block = trainingBlock(
    props.task,
    { topic: {}, sentiment: {}, [props.task]: props.counts },
    (label, count) => `${name(label)}: ${format.number(count)}`,
  );
  const total = Object.values(props.counts).reduce((sum, count) => sum + count, 0);
  const reason = block.blocked ? t(block.key, block.values) : null;

  return (
    <Group justify="space-between" wrap="nowrap" data-testid={`model-train-${props.task}`}>
      <Stack gap={0}>
        <Text size="sm">{t(`feedback.models.tasks.${props.task}`)}</Text>
        <Text size="xs" c="dimmed">
          {t("feedback.models.labelCount", { total: format.number(total) })}
          {reason ? ` · ${reason}` : ""}
        </Text>
      </Stack>
      {props.canManage &&
        (reason ? (
          <Tooltip label={reason} multiline w={280}>
            <Button size="xs" variant="default" disabled leftSection={<IconBrain size={14} />}>
              {t("feedback.models.train")}
            </Button>
          </Tooltip>
        ) : (
          <ConfirmButton
            label={t("feedback.models.train")}
            testId={`model-train-${props.task}-button`}
            title={t("feedback.models.trainTitle", { task: t(`feedback.models.tasks.${props.task}`) })}
            body={t("feedback.models.trainBody")}
            icon={<IconBrain size={14} />}
            variant="light"
            color="blue"
            size="xs"
            action={train}
            onConfirm={(close) =>
              train.mutate(props.task, {
                onSuccess: () => {
                  close();
                  notifySuccess(t("feedback.models.trained"));
                },
              })
            }
          />
        ))}
    </Group>
  );
}
