// A year of demo responses as import rows, generated from the seed: the relationship survey on five
// channels and the transactional survey after four touchpoints, with weekday rhythms, a slow upward trend
// and the planted problem — from the app release on, customers answering in the app rate the mobile app
// far lower, which drags their NPS down and fills their comments with login and OTP errors.
import {
  appReleaseDate,
  atLocalHour,
  BRANCHES,
  type Branch,
  CHANNEL_DAILY,
  DEMO_CHANNELS,
  DEMO_DAYS,
  type DemoChannel,
  demoDays,
} from "./demo-bank.ts";
import { type CommentTopic, composeComment } from "./demo-comments.ts";
import type { DemoCustomer } from "./demo-profiles.ts";
import { clampRound, normal, pick, pickWeighted, type Random, seededRandom } from "./demo-random.ts";
import { TOUCHPOINT_RATINGS, type TouchpointRating } from "./demo-surveys.ts";

/** One response as the JSONL import reads it. */
export interface DemoResponse {
  clientResponseId: string;
  customer?: { externalId: string };
  answers: Record<string, unknown>;
  hidden: Record<string, string>;
  channel: DemoChannel;
  language: "vi" | "en";
  submittedAt: string;
}

/** Mean rating (1–5) of each touchpoint a year ago; each improves by RATING_TREND over the year. */
const RATING_MEAN: Record<TouchpointRating, number> = {
  wait_time: 3.45,
  staff_attitude: 4.05,
  mobile_app: 4.1,
  service_fees: 3.3,
  complaint_handling: 3.35,
};
const RATING_TREND = 0.3;
/** How much one star on each touchpoint moves the likelihood to recommend (0–10). */
const NPS_WEIGHT: Record<TouchpointRating, number> = {
  wait_time: 0.4,
  staff_attitude: 0.55,
  mobile_app: 0.95,
  service_fees: 0.45,
  complaint_handling: 0.4,
};
/** The release's effect on the app rating: heavy for those answering in the app, slight for the rest. */
const RELEASE_EFFECT = { app: -1.9, other: -0.35 };

/** Hour-of-day weights from 7:00 to 22:00 for digital channels: lunch and evening peaks. */
const DIGITAL_HOURS = [1, 3, 4, 4, 5, 6, 4, 3, 3, 3, 4, 4, 5, 6, 5, 2];

interface Respondent {
  customer: DemoCustomer | undefined;
  branch: Branch;
  language: "vi" | "en";
  mood: number;
}

function hourOf(random: Random, channel: DemoChannel): number {
  if (channel === "branch") return 8 + random() * 8.5;
  if (channel === "phone") return 8 + random() * 12;
  const weights = Object.fromEntries(DIGITAL_HOURS.map((weight, index) => [String(7 + index), weight]));
  return Number(pickWeighted(random, weights)) + random();
}

/** A day's count: the expected number give or take a quarter, rounded at random so fractions add up. */
const countOf = (random: Random, expected: number) =>
  Math.floor(expected * (0.75 + random() * 0.5) + random());

function respondentPicker(customers: DemoCustomer[], random: Random, namedShare: number) {
  const byChannel = Map.groupBy(customers, (customer) => customer.preferredChannel);
  const branchWeights = Object.fromEntries(BRANCHES.map((branch) => [branch.name, branch.weight]));
  return (channel: DemoChannel): Respondent => {
    if (random() < namedShare) {
      // Most answers come from customers who prefer the channel they answer on.
      const pool = random() < 0.7 ? (byChannel.get(channel) ?? customers) : customers;
      const customer = pick(random, pool);
      return { customer, branch: customer.branch, language: customer.language, mood: customer.mood };
    }
    const name = pickWeighted(random, branchWeights);
    return {
      customer: undefined,
      branch: BRANCHES.find((branch) => branch.name === name) as Branch,
      language: random() < 0.92 ? "vi" : "en",
      mood: normal(random),
    };
  };
}

const customerOf = (respondent: Respondent) =>
  respondent.customer ? { customer: { externalId: respondent.customer.externalId } } : {};

/** The touchpoint a comment is about: the worst rated for critics, the best for promoters. */
function commentTopic(
  random: Random,
  ratings: Record<TouchpointRating, number>,
  worst: boolean,
): TouchpointRating {
  const scores = Object.values(ratings);
  const target = worst ? Math.min(...scores) : Math.max(...scores);
  const tied = TOUCHPOINT_RATINGS.map((rating) => rating.id).filter((id) => ratings[id] === target);
  return pick(random, tied);
}

function relationshipAnswers(
  random: Random,
  respondent: Respondent,
  channel: DemoChannel,
  yearShare: number,
  broken: boolean,
) {
  const ratings = {} as Record<TouchpointRating, number>;
  let likelihood = 7.8 + 0.45 * respondent.mood + normal(random);
  for (const { id } of TOUCHPOINT_RATINGS) {
    let mean = RATING_MEAN[id] + RATING_TREND * yearShare + 0.4 * respondent.mood;
    if (id === "wait_time") mean += respondent.branch.waitEffect;
    if (id === "mobile_app" && broken) mean += channel === "app" ? RELEASE_EFFECT.app : RELEASE_EFFECT.other;
    ratings[id] = clampRound(mean + 0.75 * normal(random), 1, 5);
    likelihood += NPS_WEIGHT[id] * (ratings[id] - RATING_MEAN[id]);
  }
  const nps = clampRound(likelihood, 0, 10);
  const answers: Record<string, unknown> = {
    nps,
    ...ratings,
    csat: clampRound(0.45 * likelihood + 0.3 + 0.5 * normal(random), 1, 5),
    ces: clampRound(0.6 * likelihood + 0.8 + 0.7 * normal(random), 1, 7),
  };
  const commentRate = nps <= 6 ? 0.55 : nps <= 8 ? 0.3 : 0.25;
  if (random() < commentRate) {
    const topic = commentTopic(random, ratings, nps <= 8);
    const about: CommentTopic =
      topic === "mobile_app" && broken && ratings.mobile_app <= 2 ? "app_release" : topic;
    answers.comment = composeComment(random, about, nps <= 8 ? "negative" : "positive", respondent.language);
  }
  return answers;
}

/** Touchpoints of the transactional survey: where it is asked, on which channel, how good it is a year ago. */
const TRANSACTIONS = [
  { touchpoint: "app-chuyen-khoan", channel: "app", quality: 4.1, perDay: 1.7 },
  { touchpoint: "quay-giao-dich", channel: "branch", quality: 3.7, perDay: 1.25 },
  { touchpoint: "tong-dai", channel: "phone", quality: 3.5, perDay: 0.8 },
  { touchpoint: "web-mo-the", channel: "web", quality: 3.6, perDay: 0.45 },
] as const;
const TRANSACTION_TOPICS: Record<(typeof TRANSACTIONS)[number]["touchpoint"], readonly CommentTopic[]> = {
  "app-chuyen-khoan": ["mobile_app"],
  "quay-giao-dich": ["wait_time", "staff_attitude"],
  "tong-dai": ["complaint_handling", "staff_attitude"],
  "web-mo-the": ["paperwork"],
};

function transactionalAnswers(
  random: Random,
  respondent: Respondent,
  transaction: (typeof TRANSACTIONS)[number],
  yearShare: number,
  broken: boolean,
) {
  let quality = transaction.quality + 0.2 * yearShare + 0.4 * respondent.mood;
  if (transaction.touchpoint === "quay-giao-dich") quality += respondent.branch.waitEffect;
  if (transaction.channel === "app" && broken) quality += -1.6;
  const csat = clampRound(quality + 0.7 * normal(random), 1, 5);
  const answers: Record<string, unknown> = {
    goal: { achieved: random() < Math.min(0.97, 0.45 + 0.11 * csat) },
    csat,
    ces: clampRound(1.5 * csat - 0.8 + 0.8 * normal(random), 1, 7),
  };
  if (random() < (csat <= 2 ? 0.5 : csat === 3 ? 0.3 : 0.15)) {
    const topic = pick(random, TRANSACTION_TOPICS[transaction.touchpoint]);
    const about: CommentTopic = topic === "mobile_app" && broken && csat <= 3 ? "app_release" : topic;
    answers.comment = composeComment(random, about, csat <= 3 ? "negative" : "positive", respondent.language);
  }
  return answers;
}

/** App answers grow through the year as customers move to it; the other channels lose a little. */
const growth = (channel: DemoChannel, yearShare: number) =>
  channel === "app" ? 0.85 + 0.3 * yearShare : 1.05 - 0.1 * yearShare;

export function demoResponses(now: Date, customers: DemoCustomer[], seed: number) {
  const random = seededRandom(seed);
  const release = appReleaseDate(now).getTime();
  const relationshipRespondent = respondentPicker(customers, random, 0.8);
  const transactionRespondent = respondentPicker(customers, random, 0.9);
  const relationship: DemoResponse[] = [];
  const transactional: DemoResponse[] = [];
  const when = (day: { start: number }, channel: DemoChannel) =>
    atLocalHour(day.start, hourOf(random, channel));
  for (const day of demoDays(now)) {
    const yearShare = day.index / (DEMO_DAYS - 1);
    for (const channel of DEMO_CHANNELS) {
      const { perDay, weekday } = CHANNEL_DAILY[channel];
      const count = countOf(random, perDay * (weekday[day.weekday] ?? 1) * growth(channel, yearShare));
      for (let n = 0; n < count; n++) {
        const at = when(day, channel);
        const respondent = relationshipRespondent(channel);
        const answers = relationshipAnswers(random, respondent, channel, yearShare, at.getTime() >= release);
        if (at > now) continue;
        relationship.push({
          clientResponseId: `demo-r-${relationship.length}`,
          ...customerOf(respondent),
          answers,
          hidden: { branch: respondent.branch.name },
          channel,
          language: respondent.language,
          submittedAt: at.toISOString(),
        });
      }
    }
    for (const transaction of TRANSACTIONS) {
      const { weekday } = CHANNEL_DAILY[transaction.channel];
      const count = countOf(random, transaction.perDay * (weekday[day.weekday] ?? 1));
      for (let n = 0; n < count; n++) {
        const at = when(day, transaction.channel);
        const respondent = transactionRespondent(transaction.channel);
        const answers = transactionalAnswers(
          random,
          respondent,
          transaction,
          yearShare,
          at.getTime() >= release,
        );
        if (at > now) continue;
        transactional.push({
          clientResponseId: `demo-t-${transactional.length}`,
          ...customerOf(respondent),
          answers,
          hidden: { touchpoint: transaction.touchpoint, branch: respondent.branch.name },
          channel: transaction.channel,
          language: respondent.language,
          submittedAt: at.toISOString(),
        });
      }
    }
  }
  return { relationship, transactional };
}
