// JSON values in localStorage, falling back to memory for the page's lifetime when the browser refuses
// storage (disabled cookies, a full quota): the widget then still works, it only forgets on reload.
import type { JsonStore } from "./widget-types.ts";

export function memoryStore(): JsonStore {
  const values = new Map<string, string>();
  return {
    read: <T>(key: string) => parsed<T>(values.get(key) ?? null),
    write: (key, value) => void values.set(key, JSON.stringify(value)),
    remove: (key) => void values.delete(key),
  };
}

export function localStore(storage: () => Storage): JsonStore {
  let active: JsonStore = memoryStore();
  try {
    const local = storage();
    local.getItem("touchpoint:probe");
    active = {
      read: <T>(key: string) => parsed<T>(local.getItem(key)),
      write: (key, value) => local.setItem(key, JSON.stringify(value)),
      remove: (key) => local.removeItem(key),
    };
  } catch (error) {
    console.warn("Touchpoint: localStorage is not available; nothing is kept across pages", error);
  }
  return {
    read: (key) => active.read(key),
    write: (key, value) => {
      try {
        active.write(key, value);
      } catch (error) {
        console.warn("Touchpoint: localStorage refused a write; keeping data in memory", error);
        active = memoryStore();
        active.write(key, value);
      }
    },
    remove: (key) => active.remove(key),
  };
}

function parsed<T>(text: string | null): T | undefined {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    // Not ours or damaged: treated as absent, and overwritten on the next write.
    return undefined;
  }
}
