// The survey's email sends, newest first, with their loading, error and empty states and "load more".
import { Button, Center, EmptyState, Stack } from "@mantine/core";
import { IconMail } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { InvitationBatchRow } from "./invitation-batch-row.tsx";
import { useInvitationBatches } from "./invitations-queries.ts";

export function InvitationBatches({ surveyId, canSend }: { surveyId: string; canSend: boolean }) {
  const { t } = useTranslation();
  const batches = useInvitationBatches(surveyId);

  if (batches.isPending) return <LoadingState />;
  if (batches.isError) return <ProblemAlert error={batches.error} onRetry={() => void batches.refetch()} />;
  if (batches.data.length === 0) {
    return (
      <EmptyState
        icon={<IconMail />}
        withIndicatorBackground
        description={canSend ? t("invitations.batchesEmpty") : t("invitations.batchesEmptyReadOnly")}
        data-testid="invitation-batches-empty"
      />
    );
  }
  return (
    <Stack gap="sm">
      {batches.data.map((batch) => (
        <InvitationBatchRow key={batch.id} batch={batch} />
      ))}
      {batches.hasNextPage && (
        <Center>
          <Button
            variant="light"
            loading={batches.isFetchingNextPage}
            onClick={() => void batches.fetchNextPage()}
          >
            {t("invitations.loadMore")}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
