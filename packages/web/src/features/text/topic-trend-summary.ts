// What the topic trend cards draw: each topic's periods on one shared axis (a period without comments is a
// zero, not a gap), its total and its share of negative comments.
import type { TopicTrendPoint, TopicTrends } from "@touchpoint/core";

export interface TopicTrendSummary {
  topic: string;
  label: string;
  /** One point per period of the shared axis, in order. */
  points: TopicTrendPoint[];
  total: number;
  negative: number;
  /** negative / total; null without comments. */
  negativeShare: number | null;
}

/** The first `limit` series (the API sorts them by comments, most first) over the union of their periods. */
export function summarizeTopicTrends(trends: TopicTrends, limit: number): TopicTrendSummary[] {
  const series = trends.series.slice(0, limit);
  const periods = [...new Set(series.flatMap((item) => item.points.map((point) => point.period)))].sort();
  return series.map((item) => {
    const byPeriod = new Map(item.points.map((point) => [point.period, point]));
    const points = periods.map(
      (period) => byPeriod.get(period) ?? { period, count: 0, negative: 0, neutral: 0, positive: 0 },
    );
    const total = points.reduce((sum, point) => sum + point.count, 0);
    const negative = points.reduce((sum, point) => sum + point.negative, 0);
    return {
      topic: item.topic,
      label: item.label,
      points,
      total,
      negative,
      negativeShare: total > 0 ? negative / total : null,
    };
  });
}
