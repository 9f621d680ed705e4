// Request bodies of bulk imports (CSV, JSONL) stay streams: a million rows are read as they arrive.
import type { FastifyInstance } from "fastify";
import { DomainError } from "../errors.ts";

export type ImportBodyFormat = "csv" | "jsonl";

export const IMPORT_CONTENT_TYPES: Readonly<Record<string, ImportBodyFormat>> = {
  "text/csv": "csv",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
};

/** In this plugin scope, import content types reach handlers as the raw stream (replacing a parent's parser). */
export function acceptImportBodies(scope: FastifyInstance) {
  for (const type of Object.keys(IMPORT_CONTENT_TYPES)) {
    if (scope.hasContentTypeParser(type)) scope.removeContentTypeParser(type);
    scope.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  }
}

/** The format a Content-Type header names; anything else is a 415. */
export function importBodyFormat(header: string | undefined): ImportBodyFormat {
  const type = (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const format = IMPORT_CONTENT_TYPES[type];
  if (!format) throw new DomainError(415, "unsupported_media_type", "Send text/csv or application/x-ndjson.");
  return format;
}
