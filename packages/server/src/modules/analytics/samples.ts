// A metric's samples per group: the figures each metric reads (score statistics, completed responses,
// sentiment counts, invitations) turned into the kind of sample its statistics are computed from.
import type { AnalyticsMetric, Question } from "@touchpoint/core";
import type { Database } from "../../platform/db/database.ts";
import { InvalidQueryError } from "./filters.ts";
import { METRICS, type Sample, scoreSample } from "./metrics.ts";
import { readInvitationCounts, readSentimentCounts } from "./query-repo.ts";
import {
  type GroupBy,
  type Prefer,
  readScoreStats,
  type StatsScope,
  type StatsSource,
} from "./stats-reader.ts";

export interface GroupSamples {
  key: string | null;
  /** Completed responses in the group (delivered invitations for response_rate). */
  completed: number;
  sample: Sample;
}

export interface SampleRead {
  metric: AnalyticsMetric;
  /** Checked to fit the metric before any read (undefined only for metrics that need none). */
  question: Question | undefined;
  prefer: Prefer;
}

const questionOf = (read: SampleRead) => {
  if (!read.question) throw new Error(`${read.metric} read without a question`);
  return read.question;
};

/** An ungrouped read always has its one group, even when nothing matched. */
function withEmptyGroup(groups: GroupSamples[], groupBy: GroupBy | undefined, empty: Sample) {
  return groupBy || groups.length > 0 ? groups : [{ key: null, completed: 0, sample: empty }];
}

export async function readSamples(
  db: Database,
  scope: StatsScope,
  groupBy: GroupBy | undefined,
  read: SampleRead,
): Promise<{ source: StatsSource; groups: GroupSamples[] }> {
  switch (METRICS[read.metric].reads) {
    case "scores": {
      const question = questionOf(read);
      const { source, groups } = await readScoreStats(db, scope, question.id, groupBy, read.prefer);
      return {
        source,
        groups: groups.map((group) => ({
          key: group.key,
          completed: group.completed,
          sample: scoreSample(read.metric, question, group.value),
        })),
      };
    }
    case "completed": {
      // Completed responses come with every score read; a question id no answer has ("") reads no scores.
      const { source, groups } = await readScoreStats(
        db,
        scope,
        read.question?.id ?? "",
        groupBy,
        read.prefer,
      );
      return {
        source,
        groups: groups.map((group) => ({
          key: group.key,
          completed: group.completed,
          sample: { kind: "count", n: group.completed },
        })),
      };
    }
    case "sentiment": {
      const groups = await readSentimentCounts(db, scope, questionOf(read).id, groupBy);
      const samples = groups.map((group) => ({
        key: group.key,
        completed: group.completed,
        sample: { kind: "nps", counts: group.value } as const,
      }));
      const empty = { kind: "nps", counts: { positive: 0, neutral: 0, negative: 0 } } as const;
      return { source: "raw", groups: withEmptyGroup(samples, groupBy, empty) };
    }
    case "invitations": {
      if ((scope.rawFilters?.length ?? 0) > 0 || groupBy?.kind === "expression") {
        throw new InvalidQueryError(
          "Response rates are read from invitations, which these filters do not describe.",
          [
            {
              path: "metric",
              message:
                "response_rate takes dates, channels and languages, grouped by time, channel or language",
            },
          ],
        );
      }
      const groups = await readInvitationCounts(db, scope, groupBy);
      return {
        source: "raw",
        groups: groups.map((group) => ({
          key: group.key,
          completed: group.value.delivered,
          sample: { kind: "proportion", x: group.value.completed, n: group.value.delivered },
        })),
      };
    }
  }
}
