import { Readable } from "node:stream";
import type { Customer } from "@touchpoint/core";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../platform/errors.ts";
import {
  bearer,
  createTestApp,
  json,
  type SeededWorkspace,
  seedWorkspace,
  type TestApp,
} from "../../testing/test-app.ts";
import { testEngines } from "../../testing/test-database.ts";
import { type CustomerImportOptions, importCustomers } from "./customer-import.ts";
import { mappingFromFlags } from "./customer-import-mapping.ts";
import { lockIdentitiesOfBatch } from "./customer-import-repo.ts";
import { lockIdentities } from "./repo.ts";
import { resolveCustomer } from "./resolve-customer.ts";
import { mergeSuggestions } from "./schema.ts";

const csvOf = (...lines: string[]) => `${lines.join("\n")}\n`;

describe.each(testEngines)("customer import on %s", (engine) => {
  let t: TestApp;
  let ws: SeededWorkspace;
  beforeAll(async () => {
    t = await createTestApp(engine);
    ws = await seedWorkspace(t);
    for (const [key, type] of [
      ["tier", "string"],
      ["points", "number"],
      ["vip", "boolean"],
      ["joined", "date"],
    ]) {
      const defined = await t.app.inject({
        method: "PUT",
        url: `/api/v1/customer-attributes/${key}`,
        headers: bearer(ws.keys.admin),
        payload: { label: { vi: key, en: key }, type },
      });
      expect(defined.statusCode).toBe(200);
    }
  });
  afterAll(() => t.dispose());

  const importCsv = (csv: string, options: Partial<CustomerImportOptions> = {}) =>
    importCustomers(
      { database: t.testDb.database, clock: t.clock },
      ws.workspaceId,
      Readable.from([Buffer.from(csv)]),
      { fileName: "khach-hang.csv", ...options },
    );
  const found = async (q: string) =>
    json<{ items: Customer[] }>(
      await t.app.inject({
        method: "GET",
        url: `/api/v1/customers?limit=200&q=${encodeURIComponent(q)}`,
        headers: bearer(ws.keys.agent),
      }),
    ).items;
  const only = async (q: string) => {
    const items = await found(q);
    expect(items, `customers matching ${q}`).toHaveLength(1);
    return items[0] as Customer;
  };

  it("imports the default columns: identities, name, language, tags, attributes, consent and preferences", async () => {
    const report = await importCsv(
      csvOf(
        "external_id,external_system,email,phone,name,language,tags,attr.tier,attr.points,consent.email,pref.preferred_channel,pref.branch",
        "KH-001,crm,An.Nguyen@Example.vn,0901 234 567,Nguyễn Văn An,vi,vip; hà nội,gold,120,yes,sms,Quận 1",
        "KH-002,,binh.tran@example.vn,,Trần Thị Bình,EN,,silver,,no,,",
      ),
    );
    expect(report).toMatchObject({ rows: 2, created: 2, updated: 0, failed: 0, errors: [], warnings: [] });
    expect(await only("an.nguyen@example.vn")).toMatchObject({
      name: "Nguyễn Văn An",
      language: "vi",
      externalIds: [{ system: "crm", value: "KH-001" }],
      emails: ["an.nguyen@example.vn"],
      phones: ["+84901234567"],
      tags: ["vip", "hà nội"],
      attributes: { tier: "gold", points: 120 },
      consent: { email: { granted: true, source: "import khach-hang.csv" } },
      preferences: { preferredChannel: "sms", other: { branch: "Quận 1" } },
    });
    expect(await only("Tran Thi Binh")).toMatchObject({
      language: "en",
      externalIds: [{ system: "default", value: "KH-002" }],
      consent: { email: { granted: false } },
    });
  });

  it("maps Vietnamese headers with --map flags, in a file with a BOM, semicolons and CRLF", async () => {
    // Saved by Excel in Vietnamese: BOM, semicolons, Windows line ends.
    const csv = `\uFEFF${[
      "Mã KH;Họ tên;Số điện thoại;Hạng;Ghi chú",
      "A-17;Lê Thị Hoa;0912 000 111;platinum;gọi buổi sáng",
      '"A-18";"Phạm Văn Đức; con";"+84 912 000 222";;',
    ].join("\r\n")}\r\n`;
    const report = await importCsv(csv, {
      mapping: mappingFromFlags(["Mã KH=external_id", "Số điện thoại=phone", "Hạng=attr.tier"]),
    });
    expect(report).toMatchObject({ rows: 2, created: 2, failed: 0 });
    // "Họ tên" is a default Vietnamese header; "Ghi chú" maps to nothing and is reported once.
    expect(report.warnings).toEqual([
      `column "Ghi chú" is not imported: map it with --map "Ghi chú=<field>"`,
    ]);
    expect(await only("Le Thi Hoa")).toMatchObject({
      externalIds: [{ value: "A-17" }],
      phones: ["+84912000111"],
      attributes: { tier: "platinum" },
    });
    expect((await only("0912000222")).name).toBe("Phạm Văn Đức; con");
  });

  it("maps columns from a mapping file's object, headers matched with or without diacritics", async () => {
    const report = await importCsv(
      csvOf("So dien thoai,Thu dien tu,Khach hang", "0913 111 222,hanh@example.vn,Đỗ Hạnh"),
      {
        mapping: { "Số điện thoại": "phone", "thư điện tử": "email", "Khách hàng": "name" },
      },
    );
    expect(report).toMatchObject({ rows: 1, created: 1, failed: 0, warnings: [] });
    expect(await only("hanh@example.vn")).toMatchObject({ name: "Đỗ Hạnh", phones: ["+84913111222"] });
  });

  it("types attributes by their definitions and reports a bad value by line and column", async () => {
    const report = await importCsv(
      csvOf(
        "email,Điểm,VIP,Ngày tham gia",
        "typed1@example.vn,10,có,25/11/2026",
        "typed2@example.vn,2.5,false,2026-01-31",
        "typed3@example.vn,mười,yes,2026-02-30",
        "typed4@example.vn,7,maybe,",
        "not-an-email,1,1,",
      ),
      { mapping: { Điểm: "attr.points", VIP: "attr.vip", "Ngày tham gia": "attr.joined" } },
    );
    expect(report).toMatchObject({ rows: 5, created: 2, failed: 3 });
    expect(report.errors).toEqual([
      {
        row: 4,
        errors: [
          { path: "Điểm", message: "must be a number like 10 or 2.5" },
          { path: "Ngày tham gia", message: "is not a day of the calendar" },
        ],
      },
      { row: 5, errors: [{ path: "VIP", message: "must be yes or no (true/false, 1/0, có/không)" }] },
      { row: 6, errors: [{ path: "email", message: "must be an email address" }] },
    ]);
    expect((await only("typed1@example.vn")).attributes).toEqual({
      points: 10,
      vip: true,
      joined: "2026-11-25",
    });
    expect((await only("typed2@example.vn")).attributes).toEqual({
      points: 2.5,
      vip: false,
      joined: "2026-01-31",
    });
    expect(await found("typed3@example.vn")).toEqual([]);
  });

  it("refuses a file whose columns cannot be imported before reading any row", async () => {
    const attempt = importCsv(csvOf("email,attr.colour,consent.fax", "x@example.vn,red,yes"), {
      mapping: { Missing: "phone" },
    });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({
      errors: [
        { path: "Missing", message: "no column with this header in the file" },
        { path: "attr.colour", message: "unknown attribute colour: define it first" },
        { path: "consent.fax", message: "consent channels are email, sms, phone, in_app" },
      ],
    });
    await expect(importCsv(csvOf("name", "Vô Danh"))).rejects.toMatchObject({
      errors: [{ path: "", message: "needs an external_id, email or phone column to find each customer by" }],
    });
    await expect(importCsv("")).rejects.toThrow("The file is empty: it needs a header line.");
    expect(await found("x@example.vn")).toEqual([]);
  });

  it("resolves repeated identities to one customer within a batch and across batches", async () => {
    const report = await importCsv(
      csvOf(
        "email,phone,name,tags",
        "dup@example.vn,,Vũ Minh,a",
        "DUP@example.vn,0934 555 666,,b",
        "other@example.vn,,Người khác,",
        ",+84934555666,Vũ Văn Minh,c",
        " dup@example.vn ,,,d",
      ),
      { batchRows: 2 },
    );
    expect(report).toMatchObject({ rows: 5, created: 2, updated: 3, stored: 5, failed: 0 });
    expect(await only("dup@example.vn")).toMatchObject({
      name: "Vũ Văn Minh",
      phones: ["+84934555666"],
      tags: ["a", "b", "c", "d"],
    });
  });

  it("resolves every written form of one phone number to one customer", async () => {
    const report = await importCsv(
      csvOf(
        "phone,name",
        "0977 123 456,Hồ Thu",
        "+84977123456,",
        "84977123456,",
        "(+84) 97-712-3456,",
        "0084 977 123 456,",
      ),
    );
    expect(report).toMatchObject({ rows: 5, created: 1, updated: 0, stored: 1, duplicates: 4 });
    expect(await only("0977123456")).toMatchObject({ name: "Hồ Thu", phones: ["+84977123456"] });
  });

  it("updates an existing customer instead of creating another", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/customers",
      headers: bearer(ws.keys.agent),
      payload: {
        name: "Ngô Lan",
        emails: ["lan.ngo@example.vn"],
        tags: ["cũ"],
        attributes: { tier: "silver" },
      },
    });
    const before = json<Customer>(created);
    const report = await importCsv(
      csvOf(
        "email,phone,name,attr.tier,attr.points,tags",
        "Lan.Ngo@example.vn,0988 777 666,Ngô Thị Lan,gold,5,mới",
      ),
    );
    expect(report).toMatchObject({ rows: 1, created: 0, updated: 1 });
    const after = await only("lan.ngo@example.vn");
    expect(after).toMatchObject({
      id: before.id,
      name: "Ngô Thị Lan",
      phones: ["+84988777666"],
      attributes: { tier: "gold", points: 5 },
      tags: ["cũ", "mới"],
    });
    // Search follows the new name and the new phone.
    expect((await only("Ngo Thi Lan")).id).toBe(before.id);
    expect((await only("0988777666")).id).toBe(before.id);
    // The same file again changes nothing.
    t.clock.advance(60_000);
    const again = await importCsv(
      csvOf(
        "email,phone,name,attr.tier,attr.points,tags",
        "Lan.Ngo@example.vn,0988 777 666,Ngô Thị Lan,gold,5,mới",
      ),
    );
    expect(again).toMatchObject({ rows: 1, updated: 0, stored: 0, duplicates: 1 });
    expect((await only("lan.ngo@example.vn")).updatedAt).toBe(after.updatedAt);
  });

  it("sends a row naming two customers to the first and leaves a merge suggestion", async () => {
    await importCsv(csvOf("email,phone,name", "hai@example.vn,,Khách Email", ",0966 000 999,Khách Phone"));
    const byEmail = await only("hai@example.vn");
    const byPhone = await only("0966000999");
    const report = await importCsv(csvOf("external_id,email,phone", "KH-HAI,hai@example.vn,0966000999"));
    expect(report).toMatchObject({ rows: 1, created: 0, updated: 1, mergeSuggestions: 1 });
    // Email comes before phone: the row went to the email's customer, who learns the external id only.
    expect(await only("hai@example.vn")).toMatchObject({
      id: byEmail.id,
      externalIds: [{ value: "KH-HAI" }],
      phones: [],
    });
    // Read from the table: the suggestions API belongs to merges.
    const suggestions = await t.testDb.database.db
      .select()
      .from(mergeSuggestions)
      .where(eq(mergeSuggestions.workspaceId, ws.workspaceId));
    const pair = suggestions.find((s) => s.otherCustomerId === byPhone.id || s.customerId === byPhone.id);
    expect([pair?.customerId, pair?.otherCustomerId].sort()).toEqual([byEmail.id, byPhone.id].sort());
    expect(pair?.evidence).toMatchObject({ source: "import:khach-hang.csv:2" });
  });

  it("reports rows the CSV parser cannot read or that have too many cells, and goes on", async () => {
    const report = await importCsv(
      csvOf(
        "email,name",
        "ok1@example.vn,Một",
        "ok2@example.vn,Hai,extra",
        "",
        'ok3@example.vn,"Ba',
        "nhiều dòng",
        'bốn"',
        ",Không ai",
        'ok4@example.vn,"Chưa đóng ngoặc',
      ),
    );
    expect(report).toMatchObject({ rows: 5, created: 2, failed: 3 });
    expect(report.errors.map((error) => [error.row, error.errors[0]?.message])).toEqual([
      [3, "has 3 cells but the header has 2 columns"],
      [8, "names no customer: give an external id, an email or a phone"],
      [9, expect.stringMatching(/^cannot be read as CSV: Quote Not Closed/)],
    ]);
    expect((await only("ok3@example.vn")).name).toBe("Ba\nnhiều dòng\nbốn");
  });

  it("never creates a second customer for an identity resolved online while the import runs", async () => {
    const emails = Array.from({ length: 60 }, (_, i) => `race${i}@example.vn`);
    const csv = csvOf("email,name", ...emails.map((email, i) => `${email},Khách ${i}`));
    const online = emails
      .filter((_, i) => i % 3 === 0)
      .map((email) =>
        t.testDb.database.transaction((tx) =>
          resolveCustomer(tx, ws.workspaceId, { reference: { email }, source: "test" }, t.clock.now()),
        ),
      );
    const [report] = await Promise.all([importCsv(csv, { batchRows: 7 }), ...online]);
    expect(report.failed).toBe(0);
    for (const email of emails.filter((_, i) => i % 3 === 0)) expect(await found(email)).toHaveLength(1);
    expect((await found("race")).length).toBe(60);
  });

  // Two connections are needed to see one wait for the other: PostgreSQL only (PGlite runs one at a time).
  it.runIf(engine === "postgres")("takes the same advisory locks as online resolution", async () => {
    const identity = { kind: "email" as const, system: "", value: "locked@example.vn" };
    const { database } = t.testDb;
    await database.transaction(async (batch) => {
      await lockIdentitiesOfBatch(batch, ws.workspaceId, [identity]);
      const online = database.transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '200ms'`);
        await lockIdentities(tx, ws.workspaceId, [identity]);
      });
      await expect(online).rejects.toMatchObject({ cause: { code: "55P03" } });
    });
  });
});
