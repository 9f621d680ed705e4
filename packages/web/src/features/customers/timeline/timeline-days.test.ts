import type { TimelineItem } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { dayKeyOf, groupTimelineByDay, relativeDayOf } from "./timeline-days.ts";

const event = (id: string, occurredAt: string): TimelineItem => ({
  kind: "event",
  id,
  occurredAt,
  type: "updated",
  data: {},
  actor: null,
});

describe("dayKeyOf", () => {
  it("reads the day in the viewer's zone: 18:30 UTC is already the next day in Hồ Chí Minh City", () => {
    expect(dayKeyOf("2026-11-24T18:30:00.000Z", "Asia/Ho_Chi_Minh")).toBe("2026-11-25");
    expect(dayKeyOf("2026-11-24T18:30:00.000Z", "UTC")).toBe("2026-11-24");
    expect(dayKeyOf("2026-11-24T03:00:00.000Z", "America/Los_Angeles")).toBe("2026-11-23");
  });
});

describe("groupTimelineByDay", () => {
  it("keeps the API's order and puts each item under its local day, newest day first", () => {
    const items = [
      event("a", "2026-11-25T02:00:00.000Z"),
      event("b", "2026-11-24T20:00:00.000Z"),
      event("c", "2026-11-24T09:00:00.000Z"),
      event("d", "2026-11-20T09:00:00.000Z"),
    ];
    const days = groupTimelineByDay(items, "Asia/Ho_Chi_Minh");
    expect(days.map(({ day, items: list }) => [day, list.map((item) => item.id)])).toEqual([
      ["2026-11-25", ["a", "b"]],
      ["2026-11-24", ["c"]],
      ["2026-11-20", ["d"]],
    ]);
  });

  it("joins an item to its day even when a later page repeats a day already shown", () => {
    const days = groupTimelineByDay(
      [event("a", "2026-11-24T10:00:00.000Z"), event("b", "2026-11-23T10:00:00.000Z")].concat(
        event("c", "2026-11-24T08:00:00.000Z"),
      ),
      "UTC",
    );
    expect(days.map((day) => day.items.length)).toEqual([2, 1]);
  });

  it("has no days for no items", () => {
    expect(groupTimelineByDay([], "UTC")).toEqual([]);
  });
});

describe("relativeDayOf", () => {
  it("names today and yesterday, across a month's end, and nothing older", () => {
    expect(relativeDayOf("2026-12-01", "2026-12-01")).toBe("today");
    expect(relativeDayOf("2026-11-30", "2026-12-01")).toBe("yesterday");
    expect(relativeDayOf("2026-11-29", "2026-12-01")).toBeNull();
    expect(relativeDayOf("2026-12-31", "2027-01-01")).toBe("yesterday");
  });
});
