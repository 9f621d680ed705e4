import { describe, expect, it } from "vitest";
import {
  filtersFromSearch,
  filtersToQuery,
  filtersToSearch,
  hasFilters,
  NO_FILTERS,
  type ResponseFilters,
} from "./response-filters.ts";

const filters = (change: Partial<ResponseFilters>): ResponseFilters => ({ ...NO_FILTERS, ...change });

describe("response filters in the URL", () => {
  it("reads back every filter it wrote, dates as typed", () => {
    const all = filters({
      from: "2025-03-01",
      to: "2025-03-31",
      channel: "branch",
      language: "vi",
      status: "completed",
      hiddenKey: "touchpoint",
      hiddenValue: "quầy giao dịch",
      answerQuestion: "nps",
      answerValue: "0..6",
      sort: "submitted_at",
    });
    const search = filtersToSearch(all);
    expect(search.toString()).toBe(
      "from=2025-03-01&to=2025-03-31&channel=branch&language=vi&status=completed&hidden=touchpoint%3Aqu%E1%BA%A7y+giao+d%E1%BB%8Bch&answer=nps%3A0..6&sort=submitted_at",
    );
    expect(filtersFromSearch(new URLSearchParams(search.toString()))).toEqual(all);
  });

  it("keeps a question or field chosen before its value is typed", () => {
    const started = filters({ answerQuestion: "visit", hiddenKey: "order_id" });
    expect(filtersFromSearch(filtersToSearch(started))).toEqual(started);
    expect(hasFilters(started)).toBe(false);
  });

  it("leaves out what an edited link got wrong instead of failing", () => {
    const read = filtersFromSearch(
      new URLSearchParams("from=yesterday&channel=pigeon&status=lost&sort=score&answer=nocolon&hidden=:x"),
    );
    expect(read).toEqual(NO_FILTERS);
  });

  it("splits a value at the first colon only", () => {
    expect(filtersFromSearch(new URLSearchParams("hidden=url:https://a.vn/x")).hiddenValue).toBe(
      "https://a.vn/x",
    );
  });
});

describe("response filters as the list's query", () => {
  it("sends the answer filter and a sort other than the default", () => {
    const query = filtersToQuery(
      filters({ answerQuestion: "visit", answerValue: "branch,app", sort: "-submitted_at" }),
    );
    expect(query.getAll("answer")).toEqual(["visit:branch,app"]);
    expect(query.get("sort")).toBe("-submitted_at");
    expect(filtersToQuery(NO_FILTERS).toString()).toBe("");
  });

  it("sends no answer filter until it has a value, and no hidden filter of blanks", () => {
    const query = filtersToQuery(
      filters({ answerQuestion: "nps", hiddenKey: "touchpoint", hiddenValue: "  " }),
    );
    expect(query.toString()).toBe("");
  });

  it("counts the order as no filter, so an empty list still offers to share the survey", () => {
    expect(hasFilters(filters({ sort: "submitted_at" }))).toBe(false);
    expect(hasFilters(filters({ answerQuestion: "nps", answerValue: "promoter" }))).toBe(true);
  });
});
