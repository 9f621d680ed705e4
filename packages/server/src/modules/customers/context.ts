// Use case: what a front-line employee needs about a customer in one call — who they are and how to reach
// them, their latest scores, recent negative feedback, last interactions and the risk flags. A merged
// customer's context is its survivor's, as for the timeline. Open cases join when the cases module exists.
import {
  CONSENT_CHANNELS,
  type ConsentSummary,
  type Customer,
  type CustomerContext,
  type LatestScore,
  SCORE_METRICS,
  type ScoreMetric,
  type TimelineInteraction,
  type TimelineResponse,
} from "@touchpoint/core";
import type { Clock } from "../../platform/clock.ts";
import type { Database, Executor } from "../../platform/db/database.ts";
import type { Caller } from "../platform/caller.ts";
import * as contextRepo from "./context-repo.ts";
import { COMPLAINT_WINDOW_DAYS, FAILURE_WINDOW_DAYS, riskFlagsOf } from "./context-risk-flags.ts";
import * as repo from "./repo.ts";
import { isNegative, latestScoresOf, npsGroupOf } from "./scores.ts";
import { survivingCustomer } from "./timeline.ts";
import type { TimelinePosition } from "./timeline-cursor.ts";
import { toTimelineItems } from "./timeline-items.ts";
import { readTimeline } from "./timeline-repo.ts";

export const NEGATIVE_FEEDBACK_DAYS = 90;
const NEGATIVE_FEEDBACK_SHOWN = 5;
/** Responses of the window read, a page at a time, to find the negative ones; a bound for unusual customers. */
const RESPONSES_READ = 200;
const RESPONSES_PAGE = 25;
const LAST_INTERACTIONS = 5;
const DAY_MS = 86_400_000;

function consentSummary(consent: Customer["consent"]): ConsentSummary {
  return Object.fromEntries(
    CONSENT_CHANNELS.map((channel) => {
      const given = consent[channel];
      return [
        channel,
        given
          ? { status: given.granted ? "granted" : "withdrawn", at: given.at, source: given.source }
          : { status: "unknown", at: null, source: null },
      ];
    }),
  ) as ConsentSummary;
}

/** The newest negative responses since `since`, reading the customer's responses newest first until enough. */
async function recentNegativeFeedback(ex: Executor, workspaceId: string, customerId: string, since: Date) {
  const found: TimelineResponse[] = [];
  let after: TimelinePosition | undefined;
  for (let read = 0; read < RESPONSES_READ && found.length < NEGATIVE_FEEDBACK_SHOWN; ) {
    const query = { kinds: ["response"] as const, limit: RESPONSES_PAGE, since, after };
    const rows = await readTimeline(ex, workspaceId, customerId, query);
    const items = (await toTimelineItems(ex, workspaceId, rows)) as TimelineResponse[];
    found.push(...items.filter((response) => response.scores.some(isNegative)));
    read += rows.length;
    after = rows.at(-1);
    if (!after || rows.length < RESPONSES_PAGE) break;
  }
  return found.slice(0, NEGATIVE_FEEDBACK_SHOWN);
}

const metricOrder = (metric: string) => SCORE_METRICS.indexOf(metric as ScoreMetric);

export async function getCustomerContext(
  deps: { database: Database; clock: Clock },
  caller: Caller,
  id: string,
): Promise<CustomerContext> {
  const ex = deps.database.db;
  const { workspaceId } = caller;
  const now = deps.clock.now().getTime();
  const daysAgo = (days: number) => new Date(now - days * DAY_MS);
  const row = await survivingCustomer(ex, workspaceId, id);
  const customerId = row.id;
  const [definitions, scoreRows, negativeFeedback, interactionRows, failedInteractions, latestComplaint] =
    await Promise.all([
      repo.listAttributeDefinitions(ex, workspaceId),
      latestScoresOf(ex, workspaceId, customerId),
      recentNegativeFeedback(ex, workspaceId, customerId, daysAgo(NEGATIVE_FEEDBACK_DAYS)),
      readTimeline(ex, workspaceId, customerId, { kinds: ["interaction"], limit: LAST_INTERACTIONS }),
      contextRepo.countInteractions(ex, workspaceId, customerId, {
        since: daysAgo(FAILURE_WINDOW_DAYS),
        outcome: "failure",
      }),
      contextRepo.latestInteractionOfType(ex, workspaceId, customerId, {
        since: daysAgo(COMPLAINT_WINDOW_DAYS),
        type: "complaint",
      }),
    ]);
  const latestScores: LatestScore[] = scoreRows
    .toSorted((a, b) => metricOrder(a.metric) - metricOrder(b.metric))
    .map((score) => ({
      metric: score.metric as ScoreMetric,
      value: score.value,
      at: score.at.toISOString(),
      surveyId: score.surveyId,
      responseId: score.responseId,
      npsGroup: score.metric === "nps" ? npsGroupOf(score.value) : null,
    }));
  const attributes = row.attributes as Customer["attributes"];
  const consent = row.consent as Customer["consent"];
  const preferences = row.preferences as Customer["preferences"];
  return {
    customerId,
    name: row.name,
    // The language the customer asked to be spoken to in, else the one the profile knows.
    language: preferences.language ?? row.language ?? null,
    preferredChannel: preferences.preferredChannel ?? null,
    contactHours: preferences.contactHours ?? null,
    consent: consentSummary(consent),
    tags: row.tags as string[],
    attributes: definitions
      .filter((definition) => attributes[definition.key] !== undefined)
      .map((definition) => ({ ...definition, value: attributes[definition.key] ?? null })),
    latestScores,
    recentNegativeFeedback: negativeFeedback,
    lastInteractions: (await toTimelineItems(ex, workspaceId, interactionRows)) as TimelineInteraction[],
    failedInteractionsLast30Days: failedInteractions,
    riskFlags: riskFlagsOf({ latestScores, failedInteractions, latestComplaint, consent }),
    erased: row.erasedAt !== null,
  };
}
