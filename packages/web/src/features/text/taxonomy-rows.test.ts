import type { Topic } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { taxonomyRows } from "./taxonomy-rows.ts";

const topic = (id: string, vi: string, keywords: string[]): Topic => ({
  id,
  label: { vi, en: id },
  keywords: { vi: keywords, en: [] },
});

describe("taxonomyRows", () => {
  it("tells default, own and extended default topics apart, own ones first", () => {
    const fees = topic("fees", "Phí", ["phí", "lãi suất", "phí thường niên"]);
    const feesOwn = topic("fees", "Phí", ["phí thường niên"]);
    const parking = topic("parking", "Bãi đỗ xe", ["bãi đỗ xe"]);
    const staff = topic("staff", "Nhân viên", ["nhân viên"]);
    const rows = taxonomyRows(
      { topics: [staff, fees, parking], custom: [feesOwn, parking], version: 2 },
      "vi",
    );
    expect(rows.map((row) => [row.topic.id, row.origin, row.custom?.keywords.vi])).toEqual([
      ["parking", "custom", ["bãi đỗ xe"]],
      ["fees", "extended", ["phí thường niên"]],
      ["staff", "default", undefined],
    ]);
  });
});
