// Identifiers: UUIDv7 everywhere, so ids sort by creation time and index well.
import { v7 } from "uuid";

export function newId(): string {
  return v7();
}
