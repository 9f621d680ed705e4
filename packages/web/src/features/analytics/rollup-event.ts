// What a `rollup` server-sent event says: the surveys whose figures changed. Anything else in the data is
// ignored, so a newer server adding fields never breaks an open dashboard.

export function readRollupSurveyIds(data: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    // A malformed event refreshes nothing; the next drain sends a whole one.
    return [];
  }
  if (typeof body !== "object" || body === null) return [];
  const ids = (body as { surveyIds?: unknown }).surveyIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}
