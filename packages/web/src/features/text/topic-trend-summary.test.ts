import { describe, expect, it } from "vitest";
import { summarizeTopicTrends } from "./topic-trend-summary.ts";

const point = (period: string, negative: number, neutral: number, positive: number) => ({
  period,
  count: negative + neutral + positive,
  negative,
  neutral,
  positive,
});

describe("summarizeTopicTrends", () => {
  const trends = {
    grain: "week" as const,
    series: [
      { topic: "fees", label: "Phí", points: [point("2026-03-02", 3, 1, 0), point("2026-03-16", 1, 0, 3)] },
      { topic: "staff", label: "Nhân viên", points: [point("2026-03-09", 0, 1, 1)] },
      { topic: "app", label: "Ứng dụng", points: [point("2026-03-09", 1, 0, 0)] },
    ],
  };

  it("puts every topic on the same periods, with zeros where it had no comments", () => {
    const [fees, staff] = summarizeTopicTrends(trends, 2);
    expect(fees?.points.map((p) => [p.period, p.count])).toEqual([
      ["2026-03-02", 4],
      ["2026-03-09", 0],
      ["2026-03-16", 4],
    ]);
    expect(staff?.points.map((p) => p.count)).toEqual([0, 2, 0]);
  });

  it("counts each topic's comments and its negative share (4 negative of 8 = 0.5)", () => {
    const [fees, staff] = summarizeTopicTrends(trends, 3);
    expect([fees?.total, fees?.negative, fees?.negativeShare]).toEqual([8, 4, 0.5]);
    expect(staff?.negativeShare).toBe(0);
  });

  it("keeps only the first series, and no share without comments", () => {
    expect(summarizeTopicTrends(trends, 1).map((item) => item.topic)).toEqual(["fees"]);
    const empty = summarizeTopicTrends(
      { grain: "month", series: [{ topic: "x", label: "X", points: [] }] },
      5,
    );
    expect(empty[0]?.negativeShare).toBeNull();
  });
});
