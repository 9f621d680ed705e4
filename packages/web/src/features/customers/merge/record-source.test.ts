import { describe, expect, it } from "vitest";
import { readEvidence, readRecordSource } from "./record-source.ts";

describe("readRecordSource", () => {
  it("reads an import row, a file name with colons included, a response and an interaction", () => {
    expect(readRecordSource("import:khach-hang.csv:4")).toEqual({
      kind: "import",
      file: "khach-hang.csv",
      line: 4,
    });
    expect(readRecordSource("import:2026:11:ds.csv:12")).toEqual({
      kind: "import",
      file: "2026:11:ds.csv",
      line: 12,
    });
    expect(readRecordSource("response:0193a000-0000-7000-8000-000000000001")).toEqual({
      kind: "response",
      id: "0193a000-0000-7000-8000-000000000001",
    });
    expect(readRecordSource("interaction:abc")).toEqual({ kind: "interaction", id: "abc" });
  });

  it("keeps any other source as written", () => {
    expect(readRecordSource("crm-sync")).toEqual({ kind: "other", text: "crm-sync" });
  });
});

describe("readEvidence", () => {
  it("reads the source and the identities, and survives an erased (emptied) evidence", () => {
    expect(
      readEvidence({ source: "import:a.csv:3", identities: ["an@example.vn", "+84912345678", 7] }),
    ).toEqual({
      source: { kind: "import", file: "a.csv", line: 3 },
      identities: ["an@example.vn", "+84912345678"],
    });
    expect(readEvidence({})).toEqual({ source: null, identities: [] });
  });
});
