// The "Timeline" tab of a profile: everything that happened with the customer, newest first and grouped by
// day, loading earlier pages as the list is scrolled to its end; the kinds shown can be narrowed.
import { Button, Center, Chip, EmptyState, Group, Stack, Text } from "@mantine/core";
import { useIntersection } from "@mantine/hooks";
import { IconTimeline } from "@tabler/icons-react";
import { type Customer, TIMELINE_KINDS, type TimelineKind, type TimelineResponse } from "@touchpoint/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { ProblemAlert } from "../../../ui/problem-alert.tsx";
import { TimelineDay } from "./timeline-day.tsx";
import { dayKeyOf, groupTimelineByDay } from "./timeline-days.ts";
import { useTimeline } from "./timeline-queries.ts";
import { TimelineResponseDrawer } from "./timeline-response-drawer.tsx";

export function TimelineTab({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<TimelineKind[]>([...TIMELINE_KINDS]);
  const timeline = useTimeline(customer.id, kinds);
  const [open, setOpen] = useState<TimelineResponse | null>(null);
  const days = useMemo(() => groupTimelineByDay(timeline.data?.items ?? []), [timeline.data]);
  const today = dayKeyOf(new Date().toISOString());
  const { ref: end, entry } = useIntersection({ rootMargin: "400px" });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;

  // The end of the list coming into view loads the next page: an infinite list, with a button as well for
  // keyboards and for readers who want to stop.
  useEffect(() => {
    if (entry?.isIntersecting && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [entry?.isIntersecting, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <Stack gap="lg" maw={860} data-testid="customer-timeline">
      <Group gap="sm">
        <Text size="sm" fw={500}>
          {t("customers.timeline.kinds.label")}
        </Text>
        <Chip.Group
          multiple
          value={kinds}
          onChange={(next) => setKinds(TIMELINE_KINDS.filter((kind) => next.includes(kind)))}
        >
          <Group gap={6}>
            {TIMELINE_KINDS.map((kind) => (
              <Chip key={kind} value={kind} size="sm" variant="light" data-testid={`timeline-kind-${kind}`}>
                {t(`customers.timeline.kinds.${kind}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      {kinds.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("customers.timeline.noKinds")}
        </Text>
      ) : timeline.isPending ? (
        <LoadingState />
      ) : timeline.isError && !timeline.data ? (
        <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : days.length === 0 ? (
        kinds.length < TIMELINE_KINDS.length ? (
          <Text c="dimmed" size="sm" data-testid="timeline-empty">
            {t("customers.timeline.emptyKinds")}
          </Text>
        ) : (
          <EmptyState
            icon={<IconTimeline />}
            withIndicatorBackground
            title={t("customers.timeline.empty.title")}
            description={t("customers.timeline.empty.body")}
            data-testid="timeline-empty"
          />
        )
      ) : (
        <>
          {days.map((day) => (
            <TimelineDay
              key={day.day}
              day={day}
              today={today}
              customerId={timeline.data?.customerId ?? customer.id}
              onOpenResponse={setOpen}
            />
          ))}
          {timeline.isFetchNextPageError && <ProblemAlert error={timeline.error} />}
          <Center ref={end}>
            {hasNextPage ? (
              <Button
                variant="default"
                loading={isFetchingNextPage}
                onClick={() => void fetchNextPage()}
                data-testid="timeline-load-more"
              >
                {t("customers.timeline.loadMore")}
              </Button>
            ) : (
              <Text size="sm" c="dimmed" data-testid="timeline-end">
                {t("customers.timeline.end")}
              </Text>
            )}
          </Center>
        </>
      )}
      <TimelineResponseDrawer item={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
