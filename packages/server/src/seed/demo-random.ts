// The demo's random numbers: a seeded generator (mulberry32) and the few draws the demo makes with it, so
// the same seed gives the same workspace on every machine and engine.

export type Random = () => number;

/** mulberry32 (Tommy Ettinger, public domain): 32-bit state, integer arithmetic only, so exact everywhere. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** One of `weights`' keys, with probability proportional to its weight. */
export function pickWeighted<K extends string>(random: Random, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let left = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [key, weight] of entries) {
    left -= weight;
    if (left < 0) return key;
  }
  return (entries.at(-1) as [K, number])[0];
}

/** A standard normal draw (Box-Muller); scores are sums of such effects, rounded onto their scales. */
export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export const clampRound = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(value)));
