import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./response-cursor.ts";

const id = "01936f8e-6a2b-7c3d-8e4f-123456789abc";

describe("response cursors", () => {
  it("keeps the plain id in arrival order, as clients already hold it", () => {
    expect(encodeCursor("-created_at", { id, completedAt: null })).toBe(id);
    expect(decodeCursor("created_at", id)).toEqual({ id, completedAt: null });
  });

  it("carries the completion time to the microsecond in completion order", () => {
    const position = { id, completedAt: "2025-03-01T10:00:00.123456+07:00" };
    const cursor = encodeCursor("-submitted_at", position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("-submitted_at", cursor)).toEqual(position);
    expect(decodeCursor("submitted_at", cursor)).toEqual(position);
  });

  it("carries a partial response, which has no completion time", () => {
    const cursor = encodeCursor("submitted_at", { id, completedAt: null });
    expect(decodeCursor("submitted_at", cursor)).toEqual({ id, completedAt: null });
  });

  it("refuses a cursor of the other kind of order, or one that was tampered with", () => {
    const bySubmission = encodeCursor("-submitted_at", { id, completedAt: "2025-03-01T10:00:00Z" });
    expect(decodeCursor("-created_at", bySubmission)).toBeNull();
    expect(decodeCursor("-submitted_at", id)).toBeNull();
    const forged = (text: string) => Buffer.from(text).toString("base64url");
    expect(decodeCursor("-submitted_at", forged(`yesterday|${id}`))).toBeNull();
    expect(decodeCursor("-submitted_at", forged("2025-03-01T10:00:00Z|not-an-id"))).toBeNull();
    expect(decodeCursor("-submitted_at", forged(`2025-03-01T10:00:00Z|${id}|extra`))).toBeNull();
  });
});
