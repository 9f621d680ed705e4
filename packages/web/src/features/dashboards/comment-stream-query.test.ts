import type { Channel } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { commentStreamSearch } from "./comment-stream-query.ts";
import { widgetScope } from "./widget-scope.ts";

const scope = (languages?: string[], channels?: Channel[]) =>
  widgetScope(
    {
      date: { from: "2026-11-01", to: "2026-11-25" },
      ...(languages ? { languages } : {}),
      ...(channels ? { channels } : {}),
    },
    "2026-11-25",
  );

describe("commentStreamSearch", () => {
  it("asks for the widget's filters over the global dates", () => {
    const search = commentStreamSearch(
      { filters: { sentiment: "negative", surveyId: "s1" }, limit: 10 },
      scope(),
    );
    expect(search).toBe("sentiment=negative&surveyId=s1&from=2026-11-01&to=2026-11-25&limit=10");
  });

  it("takes the global language only when exactly one is chosen and the widget sets none", () => {
    expect(commentStreamSearch({ filters: {}, limit: 5 }, scope(["vi"]))).toContain("language=vi");
    expect(commentStreamSearch({ filters: {}, limit: 5 }, scope(["vi", "en"]))).not.toContain("language");
    expect(commentStreamSearch({ filters: { language: "en" }, limit: 5 }, scope(["vi"]))).toContain(
      "language=en",
    );
  });

  it("passes every global channel as one comma list", () => {
    const search = new URLSearchParams(
      commentStreamSearch({ filters: {}, limit: 5 }, scope(undefined, ["app", "web"])),
    );
    expect(search.get("channel")).toBe("app,web");
    expect(commentStreamSearch({ filters: {}, limit: 5 }, scope(undefined, []))).not.toContain("channel");
    expect(commentStreamSearch({ filters: {}, limit: 5 }, scope())).not.toContain("channel");
  });
});
