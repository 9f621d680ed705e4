// Reads pasted recipients, one a line as "email, name, language", and names the lines that cannot be sent.
import type { RecipientInput } from "@touchpoint/core";

export type LineProblem = "email" | "columns" | "language";

/** A line that is not sent: why, as a problem found here or as the server's own words (a CSV upload). */
export type BadLine = { line: number; text: string } & ({ problem: LineProblem } | { reason: string });

export interface ParsedRecipients {
  recipients: RecipientInput[];
  badLines: BadLine[];
}

// A first check only, so a typo shows while typing; the server checks every address again.
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Commas, semicolons or tabs separate the columns, so a list copied from a spreadsheet works too. */
export function parseRecipientLines(text: string): ParsedRecipients {
  const recipients: RecipientInput[] = [];
  const badLines: BadLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [email = "", name = "", language = "", ...rest] = line.split(/[,;\t]/).map((cell) => cell.trim());
    const problem: LineProblem | null =
      rest.length > 0
        ? "columns"
        : !EMAIL.test(email)
          ? "email"
          : language && !LANGUAGE_TAG.test(language)
            ? "language"
            : null;
    if (problem) {
      badLines.push({ line: index + 1, text: line, problem });
      return;
    }
    recipients.push({
      email,
      ...(name ? { name } : {}),
      ...(language ? { language } : {}),
    });
  });
  return { recipients, badLines };
}
