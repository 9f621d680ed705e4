import type { Problem } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../api/client.ts";
import { identitiesInputOf } from "./customer-draft.ts";
import { fieldProblemsOf, problemUnder } from "./customer-field-errors.ts";

const HOLDER = "01980c4e-6b7a-7cc1-9a4e-0123456789ab";

function problem(code: string, status: number, errors: Problem["errors"]) {
  return new ApiError({ type: "about:blank", title: code, status, code, detail: "", errors });
}

describe("fieldProblemsOf", () => {
  it("puts an identity another customer holds on the form row it was typed in, naming the holder", () => {
    const sent = identitiesInputOf({ externalIds: [], emails: [], phones: ["", "0912 345 678"] });
    const error = problem("identity_taken", 409, [
      { path: "phones.0", message: `belongs to customer ${HOLDER}` },
    ]);
    expect([...fieldProblemsOf(error, sent)]).toEqual([["phones.1", { kind: "taken", customerId: HOLDER }]]);
  });

  it("counts taken identities as the server does, after duplicates collapse", () => {
    // The server sees one phone in the first two rows, so its "phones.1" is the third row.
    const sent = identitiesInputOf({
      externalIds: [],
      emails: [],
      phones: ["0912 345 678", "+84912345678", "0987 654 321"],
    });
    const error = problem("identity_taken", 409, [
      { path: "phones.1", message: `belongs to customer ${HOLDER}` },
    ]);
    expect(fieldProblemsOf(error, sent).get("phones.2")).toEqual({ kind: "taken", customerId: HOLDER });
  });

  it("recognises bad emails and phones by row, and keeps the server's words for the rest", () => {
    const sent = identitiesInputOf({
      externalIds: [{ system: "crm system", value: "1" }],
      emails: ["", "not an address"],
      phones: ["12345"],
    });
    const error = problem("invalid_customer", 422, [
      { path: "emails.0", message: "must be an email address" },
      { path: "phones.0", message: "must be a phone number (Vietnamese, or international with +)" },
      { path: "externalIds.0.system", message: "letters, digits and _" },
      { path: "attributes.tier", message: "must be a number" },
    ]);
    const problems = fieldProblemsOf(error, sent);
    expect(problems.get("emails.1")).toEqual({ kind: "email" });
    expect(problems.get("phones.0")).toEqual({ kind: "phone" });
    expect(problemUnder(problems, "externalIds.0")).toEqual({
      kind: "message",
      message: "letters, digits and _",
    });
    expect(problems.get("attributes.tier")).toEqual({ kind: "message", message: "must be a number" });
  });

  it("reads paths written with slashes or a body prefix", () => {
    const error = problem("validation_failed", 400, [
      { path: "/preferences/contactHours/from", message: "x" },
    ]);
    expect([...fieldProblemsOf(error).keys()]).toEqual(["preferences.contactHours.from"]);
  });

  it("has nothing to place for errors that are not API problems", () => {
    expect(fieldProblemsOf(new Error("boom")).size).toBe(0);
  });
});
