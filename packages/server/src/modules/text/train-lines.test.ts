import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseTextModel, predictTextModel, textModelSentiment } from "@touchpoint/core";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { registerTextCommands } from "../../cli/commands/text.ts";
import { ValidationError } from "../../platform/errors.ts";
import { trainModelFile } from "./train-lines.ts";

const dir = mkdtempSync(path.join(tmpdir(), "tp-text-train-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PHRASES: Record<string, string[]> = {
  billing: ["hóa đơn", "phí dịch vụ", "trừ tiền"],
  delivery: ["giao hàng", "shipper", "đơn hàng đến"],
  support: ["tổng đài", "nhân viên hỗ trợ", "gọi điện"],
};
const FRAMES = ["{} chậm quá", "{} rất ổn", "mình thấy {} bình thường", "{} cần cải thiện"];

/** Labelled JSONL lines built from the phrases: the i-th line is the same on every call. */
function labelledLines(count: number, labels = Object.keys(PHRASES)): string[] {
  return Array.from({ length: count }, (_, i) => {
    const label = labels[i % labels.length] as string;
    const phrases = PHRASES[label] ?? ["không rõ"];
    const phrase = phrases[Math.floor(i / labels.length) % phrases.length] as string;
    const frame = FRAMES[Math.floor(i / 7) % FRAMES.length] as string;
    return JSON.stringify({ text: frame.replace("{}", phrase), label });
  });
}

function file(name: string, lines: string[]): string {
  const target = path.join(dir, name);
  writeFileSync(target, `${lines.join("\n")}\n`);
  return target;
}

async function train(
  input: string,
  output: string,
  extra: { task?: "topic" | "sentiment"; dev?: string } = {},
) {
  const messages: string[] = [];
  const summary = await trainModelFile({
    task: extra.task ?? "topic",
    input,
    output,
    ...(extra.dev ? { dev: extra.dev } : {}),
    epochs: 3,
    report: (message) => messages.push(message),
  });
  return { summary, messages };
}

describe("touchpoint text train", () => {
  it("skips malformed lines with their line numbers and holds out every tenth example", async () => {
    const lines = labelledLines(90);
    lines.splice(2, 0, "{not json");
    lines.splice(5, 0, JSON.stringify({ text: "thiếu nhãn" }));
    lines.splice(7, 0, JSON.stringify({ text: 42, label: "billing" }));
    const input = file("malformed.jsonl", lines);
    const { summary, messages } = await train(input, path.join(dir, "malformed.json"));
    expect(messages).toContain(`${input} line 3: not valid JSON, skipped`);
    expect(messages).toContain(`${input} line 6: label must be a non-empty string, skipped`);
    expect(messages).toContain(`${input} line 8: text must be a non-empty string, skipped`);
    expect(summary.skipped).toBe(3);
    expect(summary.trained).toBe(81);
    expect(summary.evaluation).toMatchObject({ on: "held-out", examples: 9 });
    expect(messages.some((message) => message.startsWith("evaluation on the held-out tenth"))).toBe(true);
  });

  it("writes a byte-identical model file for the same input, evaluated on --dev when given", async () => {
    const input = file("same.jsonl", labelledLines(120));
    const dev = file("dev.jsonl", labelledLines(30));
    const first = path.join(dir, "first.json");
    const second = path.join(dir, "second.json");
    const { summary, messages } = await train(input, first, { dev });
    await train(input, second, { dev });
    expect(readFileSync(second, "utf8")).toBe(readFileSync(first, "utf8"));
    expect(summary.trained).toBe(120);
    expect(summary.evaluation).toMatchObject({ on: "dev", examples: 30 });
    expect(summary.evaluation.report.accuracy).toBe(1);
    expect(messages.join("\n")).toContain(
      "evaluation on the --dev (30 examples): macro-F1 1.000, accuracy 1.000\n  billing: F1 1.000 (10 examples)",
    );
    const model = parseTextModel(JSON.parse(readFileSync(first, "utf8")));
    expect(model).toMatchObject({ task: "topic", labels: ["billing", "delivery", "support"] });
  });

  it("refuses a sentiment set with other labels, and a set with one label, writing nothing", async () => {
    const output = path.join(dir, "refused.json");
    await expect(
      train(file("topics.jsonl", labelledLines(60)), output, { task: "sentiment" }),
    ).rejects.toThrow(
      /sentiment model's labels must be negative, neutral, positive; found "billing", "delivery", "support"/,
    );
    const single = file("single.jsonl", labelledLines(30, ["billing"]));
    await expect(train(single, output)).rejects.toThrow(ValidationError);
    await expect(train(single, output)).rejects.toThrow(/at least 2 different labels/);
    await expect(train(path.join(dir, "absent.jsonl"), output)).rejects.toThrow(
      /--input .*absent.jsonl: no such file/,
    );
    expect(() => readFileSync(output)).toThrow();
  });
});

describe("touchpoint text analyze with custom models", () => {
  const run = (args: string[]) => {
    const program = new Command().exitOverride();
    registerTextCommands(program);
    return program.parseAsync(["node", "touchpoint", "text", ...args]);
  };

  it("takes topics from --topic-model, most likely first, and refuses unusable model files", async () => {
    const modelFile = path.join(dir, "topic-model.json");
    await run([
      "train",
      "--task",
      "topic",
      "--input",
      file("train.jsonl", labelledLines(150)),
      "--output",
      modelFile,
    ]);
    const model = parseTextModel(JSON.parse(readFileSync(modelFile, "utf8")));
    const texts = ["shipper giao hàng chậm, tổng đài không nghe máy", "phí dịch vụ quá cao"];
    const output = path.join(dir, "analysed.jsonl");
    const input = file(
      "texts.jsonl",
      texts.map((text, id) => JSON.stringify({ id, text })),
    );
    await run(["analyze", "--input", input, "--output", output, "--topic-model", modelFile]);
    const analysed = readFileSync(output, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { topics: { id: string; label: string; confidence: number }[] });
    texts.forEach((text, i) => {
      const ranked = predictTextModel(model, text).probabilities;
      const topics = analysed[i]?.topics ?? [];
      expect(topics[0]?.id).toBe(ranked[0]?.label);
      expect(topics.map((topic) => topic.id)).toEqual(
        ranked.filter((entry, rank) => rank === 0 || entry.probability >= 0.3).map((entry) => entry.label),
      );
      expect(topics[0]?.confidence).toBeCloseTo(ranked[0]?.probability as number, 4);
    });
    expect(analysed[1]?.topics[0]?.id).toBe("billing");

    await expect(
      run(["analyze", "--input", input, "--topic-model", path.join(dir, "none.json")]),
    ).rejects.toThrow(/--topic-model .*none.json: no such file/);
    await expect(run(["analyze", "--input", input, "--sentiment-model", modelFile])).rejects.toThrow(
      /is a topic model; --sentiment-model needs one trained with --task sentiment/,
    );
    const notJson = file("not-json.json", ["{"]);
    await expect(run(["analyze", "--input", input, "--topic-model", notJson])).rejects.toThrow(/is not JSON/);
    const otherFormat = file("other.json", [JSON.stringify({ format: "fasttext" })]);
    await expect(run(["analyze", "--input", input, "--topic-model", otherFormat])).rejects.toThrow(
      /not a touchpoint text model file: format must be touchpoint-text-model\/1 or touchpoint-text-model\/2 \(format is "fasttext"\)/,
    );
  });

  it("takes sentiment and score from --sentiment-model and checks --task, --seed and --epochs", async () => {
    const polarities = ["negative", "neutral", "positive"];
    const words = ["tệ quá", "bình thường", "rất tốt"];
    const lines = Array.from({ length: 90 }, (_, i) =>
      JSON.stringify({
        text: `dịch vụ ${words[i % 3]} ${["", "ạ", "nhé"][(i % 7) % 3]}`.trim(),
        label: polarities[i % 3],
      }),
    );
    const input = file("sentiment.jsonl", lines);
    const modelFile = path.join(dir, "sentiment-model.json");
    await run(["train", "--task", "sentiment", "--input", input, "--output", modelFile, "--epochs", "3"]);
    const model = parseTextModel(JSON.parse(readFileSync(modelFile, "utf8")));
    const output = path.join(dir, "sentiment-analysed.jsonl");
    const text = "dịch vụ tệ quá";
    await run([
      "analyze",
      "--input",
      file("one.jsonl", [JSON.stringify({ id: 1, text })]),
      "--output",
      output,
      "--sentiment-model",
      modelFile,
    ]);
    const analysed = JSON.parse(readFileSync(output, "utf8")) as { sentiment: string; score: number };
    expect(analysed).toMatchObject(textModelSentiment(model, text));
    expect(analysed.sentiment).toBe("negative");

    const train = (flag: string, value: string) =>
      run(["train", "--task", "topic", "--input", input, "--output", modelFile, flag, value]);
    await expect(train("--epochs", "0")).rejects.toThrow(/--epochs must be at least 1/);
    await expect(train("--seed", "1.5")).rejects.toThrow(/--seed/);
    await expect(
      run(["train", "--task", "emotion", "--input", input, "--output", modelFile]),
    ).rejects.toThrow(/--task/);
  });
});
