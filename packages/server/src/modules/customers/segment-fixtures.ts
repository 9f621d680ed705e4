// Test builders for segments: customers made through the API (attributes, tags, consent, emails), with the
// scores and interactions other modules would record written straight to their tables, and merged or
// erased customers marked the way those use cases leave them.
import type { Customer } from "@touchpoint/core";
import { and, eq } from "drizzle-orm";
import { newId } from "../../platform/ids.ts";
import { bearer, json, type SeededWorkspace, type TestApp } from "../../testing/test-app.ts";
import { customerScores, customers, interactions } from "./schema.ts";

export const DAY_MS = 86_400_000;

export const SEGMENT_TEST_ATTRIBUTES = { tier: "string", balance: "number", vip: "boolean", joined: "date" };

export interface InteractionSpec {
  /** When, relative to the test clock's now: -DAY_MS is a day ago. */
  offsetMs: number;
  outcome?: "success" | "failure" | "abandoned";
  channel?: string;
  type?: string;
}

export interface CustomerSpec {
  name: string;
  emails?: string[];
  language?: string;
  attributes?: Record<string, string | number | boolean>;
  tags?: string[];
  consent?: Partial<Record<"email" | "sms", boolean>>;
  scores?: Partial<Record<"nps" | "csat" | "ces", number>>;
  interactions?: InteractionSpec[];
  merged?: boolean;
  erased?: boolean;
}

export interface Fixture extends CustomerSpec {
  id: string;
}

export async function defineSegmentAttributes(t: TestApp, ws: SeededWorkspace) {
  for (const [key, type] of Object.entries(SEGMENT_TEST_ATTRIBUTES)) {
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/v1/customer-attributes/${key}`,
      headers: bearer(ws.keys.admin),
      payload: { label: { vi: key, en: key }, type },
    });
    if (response.statusCode !== 200) throw new Error(`attribute ${key}: ${response.body}`);
  }
}

/** Creates the customer of a spec and everything the spec says happened to it. */
export async function buildCustomer(t: TestApp, ws: SeededWorkspace, spec: CustomerSpec): Promise<Fixture> {
  const consent = Object.fromEntries(
    Object.entries(spec.consent ?? {}).map(([channel, granted]) => [channel, { granted, source: "test" }]),
  );
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/customers",
    headers: bearer(ws.keys.agent),
    payload: {
      name: spec.name,
      emails: spec.emails,
      language: spec.language,
      attributes: spec.attributes,
      tags: spec.tags,
      consent,
    },
  });
  if (response.statusCode !== 201) throw new Error(`customer ${spec.name}: ${response.body}`);
  const { id } = json<Customer>(response);
  const db = t.testDb.database.db;
  const { workspaceId } = ws;
  const now = t.clock.now();
  for (const [metric, value] of Object.entries(spec.scores ?? {})) {
    await db.insert(customerScores).values({
      workspaceId,
      customerId: id,
      metric,
      value,
      responseId: newId(),
      surveyId: newId(),
      at: now,
    });
  }
  for (const interaction of spec.interactions ?? []) {
    await db.insert(interactions).values({
      workspaceId,
      id: newId(),
      customerId: id,
      channel: interaction.channel ?? "app",
      type: interaction.type ?? "transfer",
      occurredAt: new Date(now.getTime() + interaction.offsetMs),
      outcome: interaction.outcome ?? null,
      createdAt: now,
    });
  }
  if (spec.merged || spec.erased) {
    await db
      .update(customers)
      .set({ mergedInto: spec.merged ? newId() : null, erasedAt: spec.erased ? now : null })
      .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, id)));
  }
  return { ...spec, id };
}

export async function buildCustomers(t: TestApp, ws: SeededWorkspace, specs: CustomerSpec[]) {
  const built: Fixture[] = [];
  for (const spec of specs) built.push(await buildCustomer(t, ws, spec));
  return built;
}

/** Ids in the order the API lists customers (by id). */
export const idsOf = (fixtures: { id: string }[]) => fixtures.map((fixture) => fixture.id).sort();
