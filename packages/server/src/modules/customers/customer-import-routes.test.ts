import type { Customer } from "@touchpoint/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  createTestApp,
  json,
  logIn,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
  withSession,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";

const csvOf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

describe.each(testEngines)("POST /customers/import on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
  });
  afterAll(() => t.dispose());

  const upload = (csv: string, headers: Record<string, string>, query = "") =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/customers/import${query}`,
      headers: { "content-type": "text/csv", ...headers },
      payload: csv,
    });
  const found = async (q: string) =>
    json<{ items: Customer[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/customers?q=${encodeURIComponent(q)}`,
        headers: bearer(ws.keys.viewer),
      }),
    ).items;

  it("imports a CSV as the CLI does and answers the summary with each bad row by its line", async () => {
    const response = await upload(
      csvOf(
        "name,email,phone,tags,consent.email",
        "Nguyễn Thị Hồng Nhung,nhung@example.vn,0912 345 678,vip,yes",
        "Trần Văn Bình,binh@example.vn,,,",
        "Nguyễn Thị Hồng Nhung,nhung@example.vn,,khách quen,",
        "Lê Văn Sai,không-phải-email,,,",
      ),
      bearer(ws.keys.agent),
      "?fileName=khach-hang.csv",
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(json(response)).toMatchObject({
      rows: 4,
      created: 2,
      updated: 1,
      stored: 3,
      failed: 1,
      mergeSuggestions: 0,
      warnings: [],
      errors: [{ row: 5, errors: [{ path: "email" }] }],
    });
    const [nhung] = await found("hong nhung");
    expect(nhung).toMatchObject({
      tags: ["vip", "khách quen"],
      phones: ["+84912345678"],
      consent: { email: { granted: true, source: "import khach-hang.csv" } },
    });
  });

  it("takes a session's upload with its CSRF token, and audits it as that member", async () => {
    const session = await logIn(t.app, ws.emails.analyst);
    const response = await upload(csvOf("email,name", "an@example.vn,Phạm An"), withSession(session));
    expect(response.statusCode, response.body).toBe(200);
    expect(json(response)).toMatchObject({ rows: 1, created: 1, failed: 0 });
    const audit = await t.app.inject({
      method: "GET",
      url: "/api/v1/audit-log",
      headers: bearer(ws.keys.owner),
    });
    const entries = json<{ items: { action: string; actor: { label: string } }[] }>(audit).items;
    expect(entries.find((entry) => entry.action === "customers.import")?.actor.label).toBe(ws.emails.analyst);
  });

  it("refuses a file without a column to find customers by, naming the problem", async () => {
    const response = await upload(csvOf("name,ghi chú", "Võ Thị Sáu,"), bearer(ws.keys.agent));
    expect(response.statusCode).toBe(400);
    expect(json(response)).toMatchObject({
      code: "validation_failed",
      errors: [{ path: "", message: expect.stringContaining("external_id, email or phone") }],
    });
  });

  it("is for roles that manage customers, and for CSV only", async () => {
    const viewer = await upload(csvOf("email", "x@example.vn"), bearer(ws.keys.viewer));
    expect(viewer.statusCode).toBe(403);
    const jsonl = await t.app.inject({
      method: "POST",
      url: "/api/v1/customers/import",
      headers: { ...bearer(ws.keys.agent), "content-type": "application/x-ndjson" },
      payload: '{"email":"x@example.vn"}\n',
    });
    expect(jsonl.statusCode).toBe(415);
    expect(await found("x@example.vn")).toEqual([]);
  });
});
