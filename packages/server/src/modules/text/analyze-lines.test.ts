import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { analyzeLines } from "./analyze-lines.ts";

async function run(lines: string[], maxLength?: number) {
  const out: string[] = [];
  const problems: string[] = [];
  const summary = await analyzeLines(Readable.from(lines.map((line) => `${line}\n`)), {
    ...(maxLength ? { maxLength } : {}),
    write: (line) => {
      out.push(line);
    },
    report: (message) => problems.push(message),
  });
  return { out: out.map((line) => JSON.parse(line)), problems, summary };
}

describe("analyzeLines", () => {
  it("writes one line per input, in order, and carries on past bad lines", async () => {
    const { out, problems, summary } = await run(
      [
        JSON.stringify({ id: 1, text: "Dịch vụ quá tệ" }),
        "{not json",
        JSON.stringify({ id: "b", text: 42 }),
        "",
        JSON.stringify({ id: 3, text: "   " }),
        JSON.stringify({ id: 4, text: "x".repeat(30) }),
      ],
      20,
    );
    expect(out.map((line) => line.id)).toEqual([1, "b", 3, 4]);
    expect(out[0]).toMatchObject({ language: "vi", sentiment: "negative" });
    expect(out[1]).toEqual({ id: "b", error: "text must be a string" });
    expect(out[2]).toMatchObject({ language: "unknown", sentiment: "neutral", score: 0 });
    expect(out[3]).toEqual({ id: 4, error: "text is longer than 20 characters (30)" });
    expect(problems).toEqual([
      "line 2: not valid JSON, skipped",
      'line 3 (id "b"): text must be a string',
      "line 6 (id 4): text is longer than 20 characters (30)",
    ]);
    expect(summary).toEqual({ lines: 6, analysed: 2, failed: 2, skipped: 1 });
  });

  it("gives every output line the interface's fields", async () => {
    const { out } = await run([
      JSON.stringify({ id: "x", text: "The staff were rude and the queue was long" }),
    ]);
    expect(Object.keys(out[0] ?? {}).sort()).toEqual(
      ["aspects", "id", "keywords", "language", "score", "sentiment", "topics"].sort(),
    );
    expect(out[0]).toMatchObject({ language: "en", sentiment: "negative" });
  });
});
