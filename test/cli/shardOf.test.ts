import { describe, expect, it } from 'vitest';
import { fnv1a32, inShard, parseShard } from '../../src/cli/shardOf.js';

describe('--shard K/N', () => {
  it('FNV-1a 32-bit over UTF-8 bytes (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    // multi-byte: hashed as its UTF-8 bytes, not UTF-16 units
    expect(fnv1a32('签约')).toBe(0xa5560e8e); // bytes e7 ad be e7 ba a6 (computed apart, in Python)
  });

  it('every key lands in exactly one shard', () => {
    for (const key of ['a', 'fixtures/articles/01.txt', '新闻-1', '']) {
      expect([0, 1, 2, 3, 4].filter((k) => inShard(key, { index: k, count: 5 }))).toHaveLength(1);
    }
  });

  it('parses K/N and refuses K ≥ N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(() => parseShard('4/4')).toThrow();
    expect(() => parseShard('1-4')).toThrow();
    expect(() => parseShard('0/0')).toThrow();
  });
});
