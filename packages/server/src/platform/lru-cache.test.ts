import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache.ts";

/** A monotonic clock the test moves by hand. */
function manualTime() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("LruCache", () => {
  it("keeps at most `max` entries and lets the least recently used one go first", () => {
    const cache = new LruCache<string, number>({ max: 2 });
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now more recent than b
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("replaces the value of a key it holds without growing", () => {
    const cache = new LruCache<string, number>({ max: 2 });
    cache.set("a", 1);
    cache.set("a", 2);
    expect(cache.size).toBe(1);
    expect(cache.get("a")).toBe(2);
  });

  it("stops returning an entry once its time to live has passed", () => {
    const time = manualTime();
    const cache = new LruCache<string, number>({ max: 10, ttlMs: 5_000, now: time.now });
    cache.set("a", 1);
    time.advance(4_999);
    expect(cache.get("a")).toBe(1);
    time.advance(1);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps entries without a time to live however old they are", () => {
    const time = manualTime();
    const cache = new LruCache<string, number>({ max: 10, now: time.now });
    cache.set("a", 1);
    time.advance(365 * 24 * 3_600_000);
    expect(cache.get("a")).toBe(1);
  });

  it("loads a missing entry once and serves it from memory afterwards", async () => {
    const cache = new LruCache<string, number>({ max: 10 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return 42;
    };
    expect(await cache.getOrLoad("a", load)).toBe(42);
    expect(await cache.getOrLoad("a", load)).toBe(42);
    expect(loads).toBe(1);
  });

  it("loads again after the time to live, so a change elsewhere is seen within it", async () => {
    const time = manualTime();
    const cache = new LruCache<string, string>({ max: 10, ttlMs: 5_000, now: time.now });
    let stored = "live";
    const load = async () => stored;
    expect(await cache.getOrLoad("survey", load)).toBe("live");
    stored = "closed";
    expect(await cache.getOrLoad("survey", load)).toBe("live");
    time.advance(5_000);
    expect(await cache.getOrLoad("survey", load)).toBe("closed");
  });

  it("does not remember a miss: what is missing now may exist in a moment", async () => {
    const cache = new LruCache<string, number>({ max: 10 });
    expect(await cache.getOrLoad("a", async () => undefined)).toBeUndefined();
    expect(await cache.getOrLoad("a", async () => 1)).toBe(1);
  });

  it("forgets a deleted entry at once", async () => {
    const cache = new LruCache<string, string>({ max: 10 });
    await cache.getOrLoad("key", async () => "valid");
    cache.delete("key");
    expect(await cache.getOrLoad("key", async () => undefined)).toBeUndefined();
  });

  it("deletes every entry that matches a predicate", () => {
    const cache = new LruCache<string, { id: string }>({ max: 10 });
    cache.set("hash-1", { id: "key-1" });
    cache.set("hash-2", { id: "key-2" });
    cache.set("hash-3", { id: "key-1" });
    cache.deleteWhere((value) => value.id === "key-1");
    expect(cache.get("hash-1")).toBeUndefined();
    expect(cache.get("hash-3")).toBeUndefined();
    expect(cache.get("hash-2")).toEqual({ id: "key-2" });
  });

  it("does not store a value loaded while an entry was being removed, which may be the removed one", async () => {
    const cache = new LruCache<string, string>({ max: 10 });
    let finishLoad: (value: string) => void = () => {};
    const loading = cache.getOrLoad("key", () => new Promise<string>((resolve) => (finishLoad = resolve)));
    // The key is revoked while the lookup that read it as valid is still in flight.
    cache.delete("key");
    finishLoad("valid");
    expect(await loading).toBe("valid");
    expect(cache.get("key")).toBeUndefined();
  });

  it("refuses a size below one", () => {
    expect(() => new LruCache({ max: 0 })).toThrow();
  });
});
