// Whether a widget survey may be shown on this page to this browser now: its URL patterns, its segment
// targeting (never to a visitor whose id the site did not sign), its frequency
// rule (one widget survey per browser per recontact window, and never the same one again within it), a hold
// the server's contact rules answered earlier for the identified visitor, and its sampling. Triggers (events, delay, exit intent) come after this, in trigger-runner.ts.
import type { ContactHistory } from "./contact-history.ts";
import type { PageUrl } from "./url-pattern.ts";
import { matchesAnyUrlPattern } from "./url-pattern.ts";
import { type WidgetSurvey, widgetSettingsOf } from "./widget-types.ts";

export const DAY_MS = 86_400_000;

export type SkipReason =
  | "disabled"
  | "url"
  | "not_targeted"
  | "answered"
  | "dismissed"
  | "recently_shown"
  | "sampled_out"
  | "recently_contacted"
  | "recently_asked";

export type Eligibility = { eligible: true } | { eligible: false; reason: SkipReason; detail: string };

export interface EligibilityContext {
  url: PageUrl;
  history: ContactHistory;
  now: number;
  /** This browser's stable draw in [0, 100) for the survey. */
  draw: number;
  /** Whether the site identified the visitor with an id and its userHash (identity verification). */
  verified: boolean;
}

const skip = (reason: SkipReason, detail: string): Eligibility => ({ eligible: false, reason, detail });
const daysAgo = (now: number, then: number) => `${((now - then) / DAY_MS).toFixed(1)} days ago`;

export const heldDetail = (until: number) =>
  `the workspace's contact rules hold this visitor until ${new Date(until).toISOString()}`;

export function checkEligibility(survey: WidgetSurvey, ctx: EligibilityContext): Eligibility {
  const settings = widgetSettingsOf(survey.definition);
  if (!settings.enabled) return skip("disabled", "the survey's widget is not enabled");
  if (!matchesAnyUrlPattern(settings.urlPatterns, ctx.url)) {
    return skip(
      "url",
      `${ctx.url.pathname}${ctx.url.search} matches none of ${settings.urlPatterns.join(", ")}`,
    );
  }
  // Whether a verified visitor is in the segment only the server knows; an unverified one never is.
  if (settings.segmentId && !ctx.verified) {
    return skip(
      "not_targeted",
      "the survey is for a customer segment; identify the visitor with an id and its userHash",
    );
  }
  const windowMs = settings.recontactDays * DAY_MS;
  const within = (at: number | undefined): at is number => at !== undefined && ctx.now - at < windowMs;
  const window = `recontact window ${settings.recontactDays} days`;
  const own = ctx.history.surveys[survey.slug];
  if (own?.outcome && within(own.outcomeAt)) {
    const reason = own.outcome === "completed" ? "answered" : "dismissed";
    return skip(reason, `${own.outcome} ${daysAgo(ctx.now, own.outcomeAt)}; ${window}`);
  }
  if (within(own?.shownAt) || within(ctx.history.lastShownAt)) {
    const at = Math.max(own?.shownAt ?? 0, ctx.history.lastShownAt ?? 0);
    return skip("recently_shown", `a widget survey was shown ${daysAgo(ctx.now, at)}; ${window}`);
  }
  if (own?.heldUntil !== undefined && own.heldUntil > ctx.now) {
    const reason = own.heldReason === "recently_asked" ? "recently_asked" : "recently_contacted";
    return skip(reason, heldDetail(own.heldUntil));
  }
  if (ctx.draw >= settings.samplingPercent) {
    return skip(
      "sampled_out",
      `this browser drew ${ctx.draw.toFixed(1)}; sampling ${settings.samplingPercent}%`,
    );
  }
  return { eligible: true };
}
