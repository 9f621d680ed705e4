import { describe, expect, it } from "vitest";
import {
  commentFiltersToSearch,
  hasCommentFilters,
  NO_COMMENT_FILTERS,
  readCommentFilters,
} from "./comment-filters.ts";

describe("comment filters in the URL", () => {
  it("round-trips every filter through the query string", () => {
    const filters = {
      q: "khong hai long",
      sentiment: "negative" as const,
      topic: "fees",
      language: "vi",
      kind: "response_answer" as const,
      surveyId: "0190a5f2-7c1e-7000-8000-000000000001",
      touchpoint: "counter_transfer",
      from: "2026-01-01",
      to: "2026-03-31",
      labelled: false,
    };
    const search = commentFiltersToSearch(filters);
    expect(search.toString()).toBe(
      "q=khong+hai+long&sentiment=negative&topic=fees&language=vi&kind=response_answer" +
        "&surveyId=0190a5f2-7c1e-7000-8000-000000000001&touchpoint=counter_transfer&from=2026-01-01&to=2026-03-31&labelled=false",
    );
    expect(readCommentFilters(search)).toEqual(filters);
  });

  it("leaves out empty filters and trims the search", () => {
    expect(commentFiltersToSearch({ ...NO_COMMENT_FILTERS, q: "  phí  " }).toString()).toBe("q=ph%C3%AD");
    expect(commentFiltersToSearch({ ...NO_COMMENT_FILTERS, q: "   " }).size).toBe(0);
    expect(hasCommentFilters(NO_COMMENT_FILTERS)).toBe(false);
    expect(hasCommentFilters({ ...NO_COMMENT_FILTERS, labelled: true })).toBe(true);
  });

  it("ignores values the page could not have written", () => {
    const filters = readCommentFilters(
      new URLSearchParams("sentiment=angry&kind=email&from=31/03/2026&labelled=yes&topic=&touchpoint=%20%20"),
    );
    expect(filters).toEqual(NO_COMMENT_FILTERS);
    expect(readCommentFilters(new URLSearchParams(`touchpoint=${"x".repeat(101)}`)).touchpoint).toBeNull();
    expect(readCommentFilters(new URLSearchParams("touchpoint=%20app_login%20")).touchpoint).toBe(
      "app_login",
    );
  });
});
