// The frequency rule: a customer invited to any survey of the workspace within the last 30 days is not
// invited again; a survey's own `doNotAskAgainDays` sets the window for invitations to that same survey.

/** The workspace's window; a workspace setting can replace this constant when workspaces get settings. */
export const WORKSPACE_DO_NOT_ASK_AGAIN_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FrequencyRule {
  surveyId: string;
  /** The survey's `doNotAskAgainDays`, when it sets one. */
  surveyDays: number | undefined;
  now: Date;
}

/** How far back an earlier invitation can still count. */
export function lookBackFrom(rule: FrequencyRule): Date {
  const days = Math.max(WORKSPACE_DO_NOT_ASK_AGAIN_DAYS, rule.surveyDays ?? 0);
  return new Date(rule.now.getTime() - days * DAY_MS);
}

/** True when one of these earlier invitations of an address (to any survey) still holds it back. */
export function invitedTooRecently(rule: FrequencyRule, earlier: { surveyId: string; at: Date }[]): boolean {
  return earlier.some(({ surveyId, at }) => {
    const days =
      surveyId === rule.surveyId
        ? (rule.surveyDays ?? WORKSPACE_DO_NOT_ASK_AGAIN_DAYS)
        : WORKSPACE_DO_NOT_ASK_AGAIN_DAYS;
    return rule.now.getTime() - at.getTime() < days * DAY_MS;
  });
}
