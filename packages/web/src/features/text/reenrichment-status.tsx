// The latest re-enrichment run: its progress while it runs (asked every 2 s), when it finished, or that it
// failed; managers can start one by hand (it also analyses comments never analysed).
import { Alert, Button, Group, Progress, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../i18n/use-formatters.ts";
import { notifyError, notifySuccess } from "../../ui/notify.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { useReenrichment, useStartReenrichment } from "./taxonomy-queries.ts";

export function ReenrichmentStatus({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const state = useReenrichment();
  const start = useStartReenrichment();
  if (state.isError) return <ProblemAlert error={state.error} onRetry={() => void state.refetch()} />;
  const run = state.data?.run ?? null;
  const running = run?.status === "running";

  return (
    <Stack gap="xs" data-testid="reenrichment" data-status={run?.status ?? "none"}>
      {run?.status === "running" && (
        <Stack gap={4} role="status">
          <Text size="sm">
            {t("feedback.reenrichment.running", {
              done: format.number(run.done),
              total: format.number(run.total),
            })}
          </Text>
          <Progress value={run.total > 0 ? (100 * run.done) / run.total : 0} animated aria-hidden />
        </Stack>
      )}
      {run?.status === "done" && (
        <Text size="sm" c="dimmed" role="status">
          {t("feedback.reenrichment.done", {
            total: format.number(run.total),
            finishedAt: run.finishedAt ? format.dateTime(run.finishedAt) : "",
          })}
        </Text>
      )}
      {run?.status === "failed" && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} role="alert">
          {t("feedback.reenrichment.failed")}
        </Alert>
      )}
      {canManage && (
        <Group>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconRefresh size={14} />}
            disabled={running}
            loading={start.isPending}
            onClick={() =>
              start.mutate(undefined, {
                onSuccess: () => notifySuccess(t("feedback.reenrichment.started")),
                onError: (error) => notifyError(error, t),
              })
            }
            data-testid="reenrichment-start"
          >
            {t("feedback.reenrichment.start")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
