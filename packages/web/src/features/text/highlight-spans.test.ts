import type { CommentAspect } from "@touchpoint/core";
import { describe, expect, it } from "vitest";
import { highlightPieces, pieceSentiment } from "./highlight-spans.ts";

const aspect = (topic: string, start: number, end: number, sentiment?: CommentAspect["sentiment"]) => ({
  topic,
  span: { start, end },
  keywords: [],
  ...(sentiment ? { sentiment } : {}),
});

const TEXT = "Phí chuyển tiền cao, nhân viên thân thiện";

describe("highlightPieces", () => {
  it("returns the whole text as one plain piece when there is no aspect", () => {
    expect(highlightPieces(TEXT, [])).toEqual([{ start: 0, end: TEXT.length, text: TEXT, aspects: [] }]);
  });

  it("marks each clause and keeps the text between them plain", () => {
    const fees = aspect("fees", 0, 19, "negative");
    const staff = aspect("staff", 21, TEXT.length, "positive");
    const pieces = highlightPieces(TEXT, [fees, staff]);
    expect(pieces.map((piece) => [piece.text, piece.aspects.map((a) => a.topic)])).toEqual([
      ["Phí chuyển tiền cao", ["fees"]],
      [", ", []],
      ["nhân viên thân thiện", ["staff"]],
    ]);
    expect(pieces.map((piece) => piece.text).join("")).toBe(TEXT);
  });

  it("gives one piece to two topics of the same clause", () => {
    const pieces = highlightPieces(TEXT, [aspect("fees", 0, 19), aspect("transfers", 0, 19)]);
    expect(pieces[0]?.aspects.map((a) => a.topic)).toEqual(["fees", "transfers"]);
    expect(pieces).toHaveLength(2);
  });

  it("splits overlapping spans where their coverage changes", () => {
    const pieces = highlightPieces("abcdefgh", [aspect("x", 0, 5), aspect("y", 3, 8)]);
    expect(pieces.map((piece) => [piece.text, piece.aspects.map((a) => a.topic)])).toEqual([
      ["abc", ["x"]],
      ["de", ["x", "y"]],
      ["fgh", ["y"]],
    ]);
  });

  it("clips spans past the end of the text and drops empty or reversed ones", () => {
    const pieces = highlightPieces("abc", [aspect("x", 1, 99), aspect("y", 2, 2), aspect("z", 3, 1)]);
    expect(pieces.map((piece) => [piece.text, piece.aspects.map((a) => a.topic)])).toEqual([
      ["a", []],
      ["bc", ["x"]],
    ]);
  });

  it("keeps an empty text as no piece", () => {
    expect(highlightPieces("", [aspect("x", 0, 3)])).toEqual([]);
  });
});

describe("pieceSentiment", () => {
  it("names the shared sentiment, mixed when aspects disagree, null when none has one", () => {
    expect(pieceSentiment([aspect("x", 0, 1, "negative"), aspect("y", 0, 1, "negative")])).toBe("negative");
    expect(pieceSentiment([aspect("x", 0, 1, "negative"), aspect("y", 0, 1, "positive")])).toBe("mixed");
    expect(pieceSentiment([aspect("x", 0, 1)])).toBeNull();
  });
});
