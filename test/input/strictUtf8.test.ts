// strictUtf8Of uses Node's validator and decoder instead of a fatal TextDecoder; both must agree
// on every input. readFileBytes reads with a buffer sized from fstat; the bytes must be the file's.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { binaryKindOf, strictUtf8Of } from '../../src/input/decodeBytes.js';
import { readFileBytes, readUpTo } from '../../src/input/readDocument.js';

function reference(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));

describe('strictUtf8Of', () => {
  const cases: [string, Uint8Array][] = [
    ['empty', new Uint8Array()],
    ['ascii', Buffer.from('abc 123')],
    ['chinese', Buffer.from('签约项目12个，总投资56亿元')],
    ['BOM then text', hex('efbbbf41')],
    ['BOM alone', hex('efbbbf')],
    ['two BOMs', hex('efbbbfefbbbf41')],
    ['BOM in the middle', hex('41efbbbf42')],
    ['astral', Buffer.from('\u{20000}\u{1f600}')],
    ['truncated sequence', hex('e7ad')],
    ['stray continuation byte', hex('4180')],
    ['overlong slash', hex('c0af')],
    ['encoded surrogate', hex('eda080')],
    ['above U+10FFFF', hex('f4908080')],
    ['GBK bytes', hex('c7a9d4bc')],
    ['NUL', hex('410042')],
  ];
  it.each(cases)('%s: same as a fatal TextDecoder', (_, bytes) => {
    expect(strictUtf8Of(bytes)).toBe(reference(bytes));
  });

  it('a subarray is read from its own offset', () => {
    const whole = Buffer.from('xx签约yy');
    const part = whole.subarray(2, 8);
    expect(strictUtf8Of(part)).toBe('签约');
    expect(strictUtf8Of(hex('00efbbbf41').subarray(1))).toBe('A');
  });

  it('random byte strings agree with the reference', () => {
    let seed = 99;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const pieces = [[0x41], [0xe7, 0xad, 0xbe], [0xef, 0xbb, 0xbf], [0x80], [0xc3], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0x0a]];
    for (let k = 0; k < 3000; k++) {
      const bytes = Uint8Array.from(Array.from({ length: rand() % 8 }, () => pieces[rand() % pieces.length]).flat());
      expect(strictUtf8Of(bytes), Buffer.from(bytes).toString('hex')).toBe(reference(bytes));
    }
  });
});

describe('binaryKindOf on the sniffed head', () => {
  it.each([
    ['text', Buffer.from('签约项目\n\t'), null],
    ['NUL after the head is not looked at', Buffer.concat([Buffer.alloc(8192, 0x41), Buffer.from([0])]), null],
    ['NUL in the head', Buffer.from([0x41, 0, 0x41]), 'contains NUL bytes'],
    ['control bytes', Buffer.from([1, 2, 3, 0x41]), 'too many control characters'],
    ['escape is text', Buffer.from([0x1b, 0x41]), null],
  ] as const)('%s', (_, bytes, kind) => {
    expect(binaryKindOf(bytes)).toBe(kind);
  });
});

describe('readFileBytes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-read-'));
  it.each([0, 1, 1023, 1024, 1025, 70_000, 3 * 1024 * 1024 + 7])('a file of %i bytes is read whole', (size) => {
    const f = path.join(dir, `f${size}`);
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 7 + 3) & 0xff;
    fs.writeFileSync(f, bytes);
    expect(readFileBytes(f, 50 * 1024 * 1024).equals(bytes)).toBe(true);
  });
  it('a file over the limit is refused', () => {
    const f = path.join(dir, 'big');
    fs.writeFileSync(f, Buffer.alloc(2000, 0x41));
    expect(() => readFileBytes(f, 1999)).toThrow(/max-bytes/);
    expect(readFileBytes(f, 2000).length).toBe(2000);
  });
  it.each([0, 10, 5000])('a size hint short of the file (%i: the file grew) still reads it whole', (hint) => {
    const f = path.join(dir, 'grown');
    const bytes = Buffer.alloc(9000, 0x42);
    fs.writeFileSync(f, bytes);
    const fd = fs.openSync(f, 'r');
    try {
      expect(readUpTo(fd, f, 1 << 20, hint).equals(bytes)).toBe(true);
    } finally {
      fs.closeSync(fd);
    }
    const fd2 = fs.openSync(f, 'r');
    try {
      expect(() => readUpTo(fd2, f, 8999, hint)).toThrow(/max-bytes/);
    } finally {
      fs.closeSync(fd2);
    }
  });
});
