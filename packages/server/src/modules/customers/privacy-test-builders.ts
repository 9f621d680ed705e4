// Builders for the merge and privacy tests: customers with a history made through the API (profiles,
// interactions, responses attached by their job), a survey with scores and free text, calls, and exports
// read back and normalised so that two of them can be compared.
import type { Customer, SurveyDefinitionInput } from "@touchpoint/core";
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { bearer, json, type SeededWorkspace, type TestApp } from "../../testing/test-app.ts";
import { RESPONSE_COMPLETED_JOB } from "../responses/jobs.ts";

export interface Scene {
  t: TestApp;
  ws: SeededWorkspace;
}

/** NPS, CSAT, an open question, a contact email and a channel with "other", and two hidden fields. */
export const feedbackSurvey = (): SurveyDefinitionInput => ({
  title: { vi: "Góp ý sau giao dịch", en: "Feedback after a visit" },
  defaultLanguage: "vi",
  languages: ["vi", "en"],
  pages: [
    {
      id: "p1",
      questions: [
        { id: "nps", type: "nps", title: { vi: "Giới thiệu?" } },
        { id: "csat", type: "csat", title: { vi: "Hài lòng?" } },
        { id: "why", type: "text", title: { vi: "Vì sao?" } },
        { id: "reply_to", type: "email", title: { vi: "Email để trả lời?" } },
        {
          id: "channel",
          type: "single_choice",
          allowOther: true,
          title: { vi: "Kênh?" },
          choices: [{ id: "app", label: { vi: "Ứng dụng" } }],
        },
      ],
    },
  ],
  endings: [{ id: "thanks", title: { vi: "Cảm ơn!" } }],
  hiddenFields: [{ key: "touchpoint" }, { key: "contact" }],
});

export function call(
  { t, ws }: Scene,
  method: "GET" | "POST" | "PATCH" | "PUT",
  url: string,
  payload?: object,
  key = ws.keys.admin,
) {
  return t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: bearer(key),
    ...(payload ? { payload } : {}),
  });
}

export function expectStatus(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode, response.body).toBe(status);
  return response;
}

export async function createCustomer(scene: Scene, body: object): Promise<Customer> {
  return json<Customer>(expectStatus(await call(scene, "POST", "/customers", body), 201));
}

export async function recordInteraction(scene: Scene, body: object) {
  const response = await call(scene, "POST", "/interactions", {
    channel: "branch",
    type: "visit",
    occurredAt: scene.t.clock.now().toISOString(),
    ...body,
  });
  return json<{ id: string; customerId: string }>(expectStatus(response, 201));
}

/** Submits a completed response and runs its job, which attaches it to its customer with its scores. */
export async function respond(scene: Scene, surveyId: string, body: object): Promise<string> {
  const response = await call(scene, "POST", `/surveys/${surveyId}/responses`, { channel: "app", ...body });
  const id = json<{ id: string }>(expectStatus(response, 201)).id;
  await scene.t.jobs.runDue(RESPONSE_COMPLETED_JOB);
  return id;
}

export type CustomerExport = Record<string, unknown> & {
  customer: Customer;
  mergedCustomers: Customer[];
  events: { kind: string; data: Record<string, unknown> }[];
};

export async function exportOf(scene: Scene, customerId: string): Promise<CustomerExport> {
  const response = expectStatus(await call(scene, "GET", `/customers/${customerId}/export`), 200);
  return JSON.parse(response.body) as CustomerExport;
}

/** An export without what a merge and its undo add by design: the time, merge records, their events. */
export function withoutMergeTraces(document: CustomerExport) {
  const { exportedAt: _at, merges: _merges, mergeSuggestions: _suggestions, ...rest } = document;
  return {
    ...rest,
    customer: { ...document.customer, updatedAt: "" },
    events: document.events.filter((event) => event.kind !== "merged" && event.kind !== "unmerged"),
  };
}
