import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.ts";
import { badLinesOf, rowErrorsOf, settingsQuery } from "./csv-send.ts";

describe("settingsQuery", () => {
  it("names each setting as the server reads it: subject.<language>, message.<language>, reminders.<field>", () => {
    const query = settingsQuery({
      subject: { vi: "{{customer.name | Bạn}} ơi, góp ý giúp chúng tôi", en: "A quick question" },
      message: { vi: "Chào {{customer.name}},\n\nCảm ơn bạn đã mua hàng." },
      reminders: { count: 2, intervalHours: 48 },
    });
    expect([...query.entries()]).toEqual([
      ["subject.vi", "{{customer.name | Bạn}} ơi, góp ý giúp chúng tôi"],
      ["subject.en", "A quick question"],
      ["message.vi", "Chào {{customer.name}},\n\nCảm ơn bạn đã mua hàng."],
      ["reminders.count", "2"],
      ["reminders.intervalHours", "48"],
    ]);
  });

  it("leaves out what is not set, so the server's defaults apply", () => {
    expect(settingsQuery({}).toString()).toBe("");
  });

  it("encodes Vietnamese text and line breaks so they arrive as typed", () => {
    const query = settingsQuery({ message: { vi: "Dòng 1\nDòng 2 & 3" } });
    expect(new URLSearchParams(query.toString()).get("message.vi")).toBe("Dòng 1\nDòng 2 & 3");
  });
});

const csv = [
  "email,name,language",
  "lan@example.com,Lan,vi",
  "not-an-email,Sam,en",
  "",
  "x@example.com,X,xx-",
].join("\r\n");

describe("badLinesOf", () => {
  it("shows each refused row as its line of the file, with the server's reasons", () => {
    const lines = badLinesOf(
      [
        { row: 3, errors: [{ path: "email", message: "must be an email address" }] },
        {
          row: 5,
          errors: [
            { path: "language", message: "must be a language tag" },
            { path: "", message: "row problem" },
          ],
        },
      ],
      csv,
    );
    expect(lines).toEqual([
      { line: 3, text: "not-an-email,Sam,en", reason: "email: must be an email address" },
      { line: 5, text: "x@example.com,X,xx-", reason: "language: must be a language tag; row problem" },
    ]);
  });

  it("counts lines after a byte order mark as the server does, and leaves the text empty past the end", () => {
    const lines = badLinesOf(
      [
        { row: 2, errors: [{ path: "email", message: "bad" }] },
        { row: 9, errors: [] },
      ],
      `\uFEFF${csv}`,
    );
    expect(lines.map((line) => line.text)).toEqual(["lan@example.com,Lan,vi", ""]);
  });
});

describe("rowErrorsOf", () => {
  it("groups the errors of a refused send (rows.<row>.<field>) by row, in row order", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "Unprocessable",
      status: 422,
      code: "no_valid_recipients",
      detail: "No recipient of this list can be invited.",
      errors: [
        { path: "rows.3.email", message: "must be an email address" },
        { path: "rows.2.hidden.coupon", message: "this survey has no hidden field with this key" },
        { path: "rows.3.language", message: "must be a language tag" },
      ],
    });
    expect(rowErrorsOf(error)).toEqual([
      {
        row: 2,
        errors: [{ path: "hidden.coupon", message: "this survey has no hidden field with this key" }],
      },
      {
        row: 3,
        errors: [
          { path: "email", message: "must be an email address" },
          { path: "language", message: "must be a language tag" },
        ],
      },
    ]);
  });

  it("finds no rows in other problems, such as an unknown CSV column", () => {
    const error = new ApiError({
      type: "about:blank",
      title: "Unprocessable",
      status: 422,
      code: "invalid_csv",
      detail: "The CSV has columns Touchpoint does not know.",
      errors: [{ path: "columns.phone", message: "unknown column" }],
    });
    expect(rowErrorsOf(error)).toEqual([]);
    expect(rowErrorsOf(new Error("offline"))).toEqual([]);
  });
});
