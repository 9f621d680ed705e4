// The cookie that ties a browser to its in-progress response: `<responseId>.<HMAC-SHA256>` under the
// process secret, so a respondent can resume, and nobody can continue (or read) someone else's response.

import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyReply } from "fastify";

/** One cookie per survey, so two surveys answered in one browser do not overwrite each other. */
export const respondentCookieName = (surveyId: string) => `tp_r_${surveyId}`;

/** Long enough to come back to a survey link from an email a few weeks later. */
export const RESPONDENT_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// The label keeps this signature from being a valid HMAC of the same secret used for anything else.
const signature = (secret: string, responseId: string) =>
  createHmac("sha256", secret).update(`hosted-page-response:${responseId}`).digest("base64url");

export function signResponseId(secret: string, responseId: string): string {
  return `${responseId}.${signature(secret, responseId)}`;
}

/** The response id when the cookie is intact; undefined for a missing, malformed or tampered one. */
export function verifyResponseCookie(secret: string, cookie: string | undefined): string | undefined {
  if (!cookie) return undefined;
  const dot = cookie.indexOf(".");
  const responseId = cookie.slice(0, dot);
  if (dot < 0 || !UUID.test(responseId)) return undefined;
  const given = Buffer.from(cookie.slice(dot + 1));
  const expected = Buffer.from(signature(secret, responseId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? responseId : undefined;
}

/** Sets the respondent cookie with the hosted page's settings; the invitation links set it the same way. */
export function setRespondentCookie(
  reply: FastifyReply,
  secure: boolean,
  cookie: { name: string; value: string },
) {
  reply.setCookie(cookie.name, cookie.value, {
    path: "/s/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    maxAge: RESPONDENT_COOKIE_MAX_AGE_SECONDS,
  });
}
