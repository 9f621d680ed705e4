import { describe, expect, it } from "vitest";
import { gridArea, inReadingOrder } from "./widget-grid.ts";

const at = (id: string, x: number, y: number) => ({ id, layout: { x, y, w: 4, h: 2 } });

describe("inReadingOrder", () => {
  it("orders by row, then by column", () => {
    const order = inReadingOrder([at("c", 0, 6), at("b", 8, 0), at("a", 0, 0), at("d", 6, 6)]);
    expect(order.map((w) => w.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("gridArea", () => {
  it("maps 0-based cells to 1-based grid lines with spans", () => {
    expect(gridArea({ x: 8, y: 2, w: 4, h: 4 })).toEqual({ gridColumn: "9 / span 4", gridRow: "3 / span 4" });
  });
});
