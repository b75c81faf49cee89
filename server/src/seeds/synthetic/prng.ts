/**
 * A small seeded PRNG (sfc32, seeded through cyrb53-style hashing of text parts). The generator
 * derives one stream per commune and concern from (seed, province, commune code, concern), so a
 * commune's data do not depend on what was generated before it: the demo provinces come out the
 * same alone or inside a national run, and changing one concern does not shift the others.
 */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  uniform: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  normal: (mean: number, sd: number) => number;
  poisson: (mean: number) => number;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  shuffle: <T>(items: readonly T[]) => T[];
  date: (from: string, to: string) => string;
};

/** 4 × 32-bit seeds from text: stable across platforms and Node versions. */
function hash(text: string): [number, number, number, number] {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57, h3 = 0x9e3779b9, h4 = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
    h3 = Math.imul(h3 ^ c, 2246822507);
    h4 = Math.imul(h4 ^ c, 3266489909);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h2) >>> 0];
}

const DAY = 86_400_000;

export function randomFor(...parts: (string | number)[]): Random {
  let [a, b, c, d] = hash(parts.join('|'));
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const result = (t + d) | 0;
    c = (c + result) | 0;
    return (result >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // let the state mix before the first draw
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    uniform: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    poisson: (mean) => {
      const limit = Math.exp(-mean);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k += 1;
      return k;
    },
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      let roll = next() * items.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
      return items[items.length - 1][0];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    date: (from, to) => {
      const start = Date.parse(`${from}T00:00:00Z`);
      const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY);
      return new Date(start + Math.floor(next() * (days + 1)) * DAY).toISOString().slice(0, 10);
    },
  };
  return random;
}

/** A date plus some days, as YYYY-MM-DD. */
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
