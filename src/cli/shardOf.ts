// `--shard K/N`: split a corpus across machines without coordination. A document belongs to
// shard K when FNV-1a 32-bit over the UTF-8 bytes of its id (JSONL) or path, mod N, is K.
// Every shard sees the same hash, so the shards together are exactly one run.
import { InvalidArgumentError } from 'commander';

export interface Shard {
  index: number;
  count: number;
}

/** FNV-1a, 32 bit: offset basis 2166136261, prime 16777619. fnv1a32('a') === 0xe40c292c. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(s, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function parseShard(v: string): Shard {
  const m = /^(?<k>\d+)\/(?<n>\d+)$/.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected K/N, e.g. 0/4 (shards are numbered from 0)');
  const index = Number(m.groups!.k);
  const count = Number(m.groups!.n);
  if (count < 1 || index >= count) throw new InvalidArgumentError(`K must be from 0 to N-1 (got ${v})`);
  return { index, count };
}

export function inShard(key: string, shard: Shard | null | undefined): boolean {
  return !shard || fnv1a32(key) % shard.count === shard.index;
}
