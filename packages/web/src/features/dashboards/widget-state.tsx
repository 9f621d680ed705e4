// A widget's loading, error and empty states, alike on every kind: a skeleton while the API answers, the
// problem with a retry, and a sentence when the period has nothing to show.
import { Skeleton, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../ui/problem-alert.tsx";

interface WidgetStateProps<T> {
  query: { data: T | undefined; error: unknown; refetch: () => unknown };
  /** True when the answer holds nothing to draw. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  height?: number;
  children: (data: T) => ReactNode;
}

export function WidgetState<T>({ query, isEmpty, emptyText, height = 120, children }: WidgetStateProps<T>) {
  const { t } = useTranslation();
  if (query.error) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Skeleton height={height} data-testid="widget-loading" />;
  if (isEmpty?.(query.data)) {
    return (
      <Text size="sm" c="dimmed" data-testid="widget-empty">
        {emptyText ?? t("dashboards.widget.empty")}
      </Text>
    );
  }
  return <>{children(query.data)}</>;
}
