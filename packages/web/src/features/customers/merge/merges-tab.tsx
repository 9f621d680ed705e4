// The "Merges" tab of a profile: the merges it took part in, newest first, each undoable while it is the
// latest of its survivor. Right after a merge (?merge=<id>) the result is shown on top with its undo.
import { EmptyState, Stack, Text } from "@mantine/core";
import { IconArrowMerge } from "@tabler/icons-react";
import { type Customer, can } from "@touchpoint/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { useCurrentMe } from "../../auth/current-me.tsx";
import { MergeCard } from "./merge-card.tsx";
import { useMerges } from "./merge-queries.ts";
import { MergeResultAlert } from "./merge-result-alert.tsx";

export function MergesTab({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const canMerge = can(me.role, "customers.merge");
  const merges = useMerges(customer.id);
  const [params] = useSearchParams();
  const justMerged = merges.data?.find((merge) => merge.id === params.get("merge") && !merge.undoneAt);

  if (merges.isPending) return <LoadingState />;
  if (merges.isError) return <ProblemAlert error={merges.error} onRetry={() => void merges.refetch()} />;
  return (
    <Stack gap="md" maw={860} data-testid="customer-merges">
      {justMerged && <MergeResultAlert merge={justMerged} canUndo={canMerge} />}
      <Text size="sm" c="dimmed">
        {t("customers.merge.list.intro")}
      </Text>
      {merges.data.length === 0 ? (
        <EmptyState
          icon={<IconArrowMerge />}
          withIndicatorBackground
          title={t("customers.merge.list.empty")}
          data-testid="customer-merges-empty"
        />
      ) : (
        merges.data.map((merge) => <MergeCard key={merge.id} merge={merge} canUndo={canMerge} />)
      )}
    </Stack>
  );
}
