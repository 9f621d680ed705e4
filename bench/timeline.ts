// A customer's timeline and context at 10,000 items: p50/p95 latency over HTTP (app.inject, API key) of
// the first page, a page 5,000 items deep and the context call, against reading the bare profile
// (GET /customers/{id}) in the same run; other customers' rows share the tables, as in a real workspace.
// Also checks the deep page's plan: every source must be read through its index, never scanned. Run: npm run bench -- timeline
import { sql } from "drizzle-orm";
import { decodeTimelineCursor } from "../packages/server/src/modules/customers/timeline-cursor.ts";
import { timelineStatement } from "../packages/server/src/modules/customers/timeline-repo.ts";
import {
  createCustomer,
  experienceSurvey,
} from "../packages/server/src/modules/customers/timeline-test-fixtures.ts";
import { createTestApp, publishTestSurvey, seedWorkspace } from "../packages/server/src/testing/test-app.ts";
import type { Engine } from "../packages/server/src/testing/test-database.ts";
import { round } from "./measure.ts";

const OPERATIONS = Number(process.env.BENCH_OPERATIONS ?? 200);
const ITEMS = { interaction: 6_000, response: 2_000, event: 2_000 };
/** Customers whose rows surround the measured one's. */
const NEIGHBOURS = 20;
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engines: Engine[] = process.env.BENCH_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];

async function latency(operation: () => Promise<{ statusCode: number }>) {
  for (let i = 0; i < Math.min(20, OPERATIONS); i++) await operation();
  const times: number[] = [];
  for (let i = 0; i < OPERATIONS; i++) {
    const start = performance.now();
    const response = await operation();
    times.push(performance.now() - start);
    if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

for (const engine of engines) {
  const t = await createTestApp(engine);
  const ws = await seedWorkspace(t);
  const survey = await publishTestSurvey(t, ws, experienceSurvey());
  const { db } = t.testDb.database;
  const now = t.clock.now().toISOString();
  const fill = async (customerId: string, scale: number) => {
    const n = (count: number) => Math.round(count * scale);
    await db.execute(sql`insert into interactions
        (workspace_id, id, customer_id, channel, type, occurred_at, outcome, created_at)
      select ${ws.workspaceId}, gen_random_uuid(), ${customerId}, 'app',
        case when g % 50 = 0 then 'complaint' else 'login' end,
        ${now}::timestamptz - g * interval '7 minutes',
        case when g % 9 = 0 then 'failure' else 'success' end, ${now}::timestamptz
      from generate_series(1, ${n(ITEMS.interaction)}) g`);
    await db.execute(sql`insert into responses
        (workspace_id, id, survey_id, survey_version, status, answers, hidden, language, channel, customer,
         customer_id, completed_at, created_at, updated_at, counted)
      select ${ws.workspaceId}, gen_random_uuid(), ${survey.id}, 1, 'completed',
        jsonb_build_object('nps', g % 11, 'why', 'Góp ý số ' || g), '{}'::jsonb, 'vi', 'app',
        '{"email": "bench@example.vn"}'::jsonb, ${customerId},
        ${now}::timestamptz - g * interval '11 minutes', ${now}::timestamptz, ${now}::timestamptz, true
      from generate_series(1, ${n(ITEMS.response)}) g`);
    await db.execute(sql`insert into customer_events (workspace_id, id, customer_id, kind, data, occurred_at)
      select ${ws.workspaceId}, gen_random_uuid(), ${customerId}, 'updated', '{"fields": ["tags"]}'::jsonb,
        ${now}::timestamptz - g * interval '13 minutes'
      from generate_series(1, ${n(ITEMS.event)}) g`);
  };
  const customerId = await createCustomer(t, ws, {
    name: "Khách hàng bận rộn",
    emails: ["bench@example.vn"],
  });
  await fill(customerId, 1);
  for (let i = 0; i < NEIGHBOURS; i++)
    await fill(await createCustomer(t, ws, { name: `Hàng xóm ${i}` }), 0.2);
  await db.execute(sql`analyze`);

  const headers = { authorization: `Bearer ${ws.keys.agent}` };
  const get = (url: string) => t.app.inject({ method: "GET", url: `/api/v1${url}`, headers });
  // A cursor 5,000 items in, reached as a client would: page after page.
  let cursor = "";
  for (let seen = 0; seen < 5_000; seen += 200) {
    const page = (
      await get(`/customers/${customerId}/timeline?limit=200${cursor ? `&cursor=${cursor}` : ""}`)
    ).json() as {
      nextCursor: string;
    };
    cursor = page.nextCursor;
  }
  const plan = (await db.execute(
    sql`explain ${timelineStatement(ws.workspaceId, customerId, {
      kinds: ["interaction", "response", "event"],
      limit: 51,
      after: decodeTimelineCursor(cursor) ?? undefined,
    })}`,
  )) as unknown as { rows: Record<string, string>[] };
  const planText = plan.rows.map((row) => Object.values(row).join(" ")).join("\n");

  const profile = await latency(() => get(`/customers/${customerId}`));
  const firstPage = await latency(() => get(`/customers/${customerId}/timeline?limit=50`));
  const deepPage = await latency(() => get(`/customers/${customerId}/timeline?limit=50&cursor=${cursor}`));
  const context = await latency(() => get(`/customers/${customerId}/context`));
  console.log(
    JSON.stringify({
      bench: "timeline",
      engine,
      operations: OPERATIONS,
      items: ITEMS,
      neighbours: NEIGHBOURS,
      profile,
      firstPage,
      deepPage,
      context,
      ratioToProfile: {
        firstPage: round(firstPage.p50Ms / profile.p50Ms),
        deepPage: round(deepPage.p50Ms / profile.p50Ms),
        context: round(context.p50Ms / profile.p50Ms),
      },
      seqScan: /Seq Scan/.test(planText),
    }),
  );
  if (process.env.BENCH_PLAN) console.error(planText);
  await t.dispose();
}
