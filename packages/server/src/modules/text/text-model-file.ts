// Reads a custom text model file (`touchpoint text train`) for `text analyze --topic-model` and
// `--sentiment-model`, turning every way it can be unusable into a ValidationError that names the option.
import { readFile } from "node:fs/promises";
import { parseTextModel, type TextModel, TextModelError, type TextModelTask } from "@touchpoint/core";
import { ValidationError } from "../../platform/errors.ts";

export async function readTextModelFile(
  file: string,
  task: TextModelTask,
  option: string,
): Promise<TextModel> {
  function fail(message: string): never {
    throw new ValidationError(`${option} ${file}: ${message}`, [{ path: option, message }]);
  }
  let content = "";
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    fail("is not JSON; expected a model file written by `touchpoint text train`");
  }
  let model: TextModel;
  try {
    model = parseTextModel(json);
  } catch (error) {
    if (!(error instanceof TextModelError)) throw error;
    fail(error.message);
  }
  if (model.task !== task) fail(`is a ${model.task} model; ${option} needs one trained with --task ${task}`);
  return model;
}
