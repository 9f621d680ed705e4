// The record behind a profile change or a merge suggestion, read from its source string: "import:<file>:<line>"
// (a CSV import row), "response:<id>", "interaction:<id>". Anything else is shown as written.
export type RecordSource =
  | { kind: "import"; file: string; line: number }
  | { kind: "response"; id: string }
  | { kind: "interaction"; id: string }
  | { kind: "other"; text: string };

export function readRecordSource(source: string): RecordSource {
  const imported = /^import:(.+):(\d+)$/.exec(source);
  if (imported) return { kind: "import", file: imported[1] ?? "", line: Number(imported[2]) };
  const record = /^(response|interaction):(.+)$/.exec(source);
  if (record?.[1] === "response" || record?.[1] === "interaction")
    return { kind: record[1], id: record[2] ?? "" };
  return { kind: "other", text: source };
}

/** A merge suggestion's evidence: the record that named both customers and the identities it named. */
export function readEvidence(evidence: Record<string, unknown>): {
  source: RecordSource | null;
  identities: string[];
} {
  const source = typeof evidence.source === "string" ? readRecordSource(evidence.source) : null;
  const identities = Array.isArray(evidence.identities)
    ? evidence.identities.filter((identity): identity is string => typeof identity === "string")
    : [];
  return { source, identities };
}
