import { describe, expect, it } from "vitest";
import { signResponseId, verifyResponseCookie } from "./respondent-cookie.ts";

const secret = "a-process-secret-of-enough-length";
const responseId = "0190f5e2-7c3a-7b1e-9a4d-2f6c8e1b3a5d";

describe("respondent cookie", () => {
  it("gives back the response id of a cookie it signed", () => {
    expect(verifyResponseCookie(secret, signResponseId(secret, responseId))).toBe(responseId);
  });

  it("ignores a cookie with another id, another secret's signature, or no signature", () => {
    const signed = signResponseId(secret, responseId);
    const otherId = "0190f5e2-7c3a-7b1e-9a4d-2f6c8e1b3a5e";
    expect(verifyResponseCookie(secret, `${otherId}${signed.slice(responseId.length)}`)).toBeUndefined();
    expect(verifyResponseCookie(secret, signResponseId("another-secret", responseId))).toBeUndefined();
    expect(verifyResponseCookie(secret, responseId)).toBeUndefined();
    expect(verifyResponseCookie(secret, `${responseId}.`)).toBeUndefined();
    expect(verifyResponseCookie(secret, "not-an-id.abc")).toBeUndefined();
    expect(verifyResponseCookie(secret, undefined)).toBeUndefined();
  });
});
