// What this browser remembers of widget surveys: when each was shown and how it ended, and its sampling
// draw, and the server's answer when its contact rules held the visitor back. Kept in localStorage so that
// frequency rules and sampling hold across page loads.

export type SurveyOutcome = "completed" | "dismissed";

export interface SurveyContact {
  shownAt?: number;
  outcome?: SurveyOutcome;
  outcomeAt?: number;
  /** This browser's draw in [0, 100) for the survey's sampling; drawn once so a reload doesn't re-roll. */
  draw?: number;
  /** Until when the server's contact rules hold the identified visitor back, and why; saves asking again. */
  heldUntil?: number;
  heldReason?: string;
}

export interface ContactHistory {
  /** The last time any widget survey was shown, for the one-survey-per-window rule. */
  lastShownAt?: number;
  surveys: Record<string, SurveyContact>;
}

export const HISTORY_KEY = "touchpoint:history";

export const emptyHistory = (): ContactHistory => ({ surveys: {} });

const withContact = (history: ContactHistory, slug: string, change: SurveyContact): ContactHistory => ({
  ...history,
  surveys: { ...history.surveys, [slug]: { ...history.surveys[slug], ...change } },
});

export function recordShown(history: ContactHistory, slug: string, now: number): ContactHistory {
  const shown = withContact(history, slug, { shownAt: now, outcome: undefined, outcomeAt: undefined });
  return { ...shown, lastShownAt: now };
}

export function recordOutcome(
  history: ContactHistory,
  slug: string,
  outcome: SurveyOutcome,
  now: number,
): ContactHistory {
  return withContact(history, slug, { outcome, outcomeAt: now });
}

export function recordHold(
  history: ContactHistory,
  slug: string,
  reason: string,
  until: number,
): ContactHistory {
  return withContact(history, slug, { heldUntil: until, heldReason: reason });
}

/** The survey's stored draw, drawing (and storing) one the first time. */
export function withSamplingDraw(
  history: ContactHistory,
  slug: string,
  random: () => number,
): { history: ContactHistory; draw: number } {
  const stored = history.surveys[slug]?.draw;
  if (typeof stored === "number" && stored >= 0 && stored < 100) return { history, draw: stored };
  const draw = random() * 100;
  return { history: withContact(history, slug, { draw }), draw };
}

/** A stored history as read back, or an empty one when it is missing or not the expected shape. */
export function historyFrom(stored: unknown): ContactHistory {
  if (typeof stored !== "object" || stored === null) return emptyHistory();
  const { lastShownAt, surveys } = stored as Partial<ContactHistory>;
  return {
    lastShownAt: typeof lastShownAt === "number" ? lastShownAt : undefined,
    surveys: typeof surveys === "object" && surveys !== null ? surveys : {},
  };
}
