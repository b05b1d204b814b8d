/**
 * A small seeded PRNG (mulberry32) and the draws the generators need. Every generated record and
 * message comes from this, so the same seed always yields byte-identical data.
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  constructor(seed) {
    this.next = mulberry32(seed);
  }

  /** An integer in [min, max], both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Picks from `[[value, weight], ...]`. */
  weighted(pairs) {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [v, w] of pairs) {
      r -= w;
      if (r < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }

  /**
   * An index in [0, n) skewed towards small ones: a few companies get many applications, most get
   * one or two, as in a real search.
   */
  skewed(n, power = 2) {
    return Math.min(n - 1, Math.floor(n * this.next() ** power));
  }

  /** A derived generator, so one part of the data does not shift when another draws more. */
  fork(salt) {
    return new Random((Math.floor(this.next() * 4294967296) ^ Math.imul(salt, 2654435761)) >>> 0);
  }
}
