import { describe, expect, it } from "vitest";
import { lastDays } from "./dashboard-filters.ts";
import { workspaceDate, workspaceToday } from "./workspace-today.ts";

describe("workspaceDate", () => {
  it("gives the workspace's date when it is already tomorrow there", () => {
    // 20:00 UTC is 03:00 the next day in Ho Chi Minh City (UTC+7) and 15:00 the same day in New York.
    const now = new Date("2026-11-25T20:00:00Z");
    expect(workspaceDate(now, "Asia/Ho_Chi_Minh")).toBe("2026-11-26");
    expect(workspaceDate(now, "America/New_York")).toBe("2026-11-25");
    expect(workspaceDate(now, "UTC")).toBe("2026-11-25");
  });

  it("gives the workspace's date when it is still yesterday there", () => {
    expect(workspaceDate(new Date("2026-01-01T02:00:00Z"), "America/Los_Angeles")).toBe("2025-12-31");
  });

  it("follows daylight saving time", () => {
    // Europe/Berlin is UTC+2 in summer: 22:30 UTC on 30 June is already 1 July there.
    expect(workspaceDate(new Date("2026-06-30T22:30:00Z"), "Europe/Berlin")).toBe("2026-07-01");
    // and UTC+1 in winter: 22:30 UTC on 30 December is still 23:30 on 30 December.
    expect(workspaceDate(new Date("2026-12-30T22:30:00Z"), "Europe/Berlin")).toBe("2026-12-30");
  });
});

describe("workspaceToday", () => {
  it("makes date presets end on the workspace's date, whatever the browser's", () => {
    const today = workspaceToday(new Date("2026-11-25T20:00:00Z"), "Asia/Ho_Chi_Minh");
    expect([today.getFullYear(), today.getMonth() + 1, today.getDate()]).toEqual([2026, 11, 26]);
    expect(lastDays(30, today)).toEqual({ from: "2026-10-28", to: "2026-11-26" });
  });
});
