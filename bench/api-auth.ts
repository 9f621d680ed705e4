// Cost of authenticating an API request (key hash lookup + membership/role) against the same request path
// without authentication (/healthz), measured in one process on the embedded engine and, when
// BENCH_DATABASE_URL is set, on PostgreSQL. Run: node bench/api-auth.ts
import { createTestApp, seedWorkspace } from "../packages/server/src/testing/test-app.ts";
import type { Engine } from "../packages/server/src/testing/test-database.ts";
import { measure, round } from "./measure.ts";

const OPERATIONS = Number(process.env.BENCH_OPERATIONS ?? 3000);
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const engines: Engine[] = process.env.BENCH_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];

for (const engine of engines) {
  const t = await createTestApp(engine);
  const ws = await seedWorkspace(t);
  const baseline = await measure("GET /healthz (no auth, baseline)", OPERATIONS, () =>
    t.app.inject({ method: "GET", url: "/healthz" }),
  );
  const authed = await measure("GET /api/v1/me (API key)", OPERATIONS, () =>
    t.app.inject({
      method: "GET",
      url: "/api/v1/me",
      headers: { authorization: `Bearer ${ws.keys.analyst}` },
    }),
  );
  console.log(
    JSON.stringify({
      bench: "api-auth",
      engine,
      baseline,
      authed,
      slowdown: round(baseline.perSecond / authed.perSecond),
    }),
  );
  await t.dispose();
}
