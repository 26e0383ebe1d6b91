import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { binaryKindOf, canonicalEncodingOf, declaredCharsetOf, decodeBytes } from '../../src/input/decodeBytes.js';
import { ZhaoshangError } from '../../src/model.js';

const TEXT = '今年以来，全区累计签约项目29个，总投资147.2亿元，到位省外资金27.3亿元。';
const TRAD = '今年以來，全區累計簽約項目29個，總投資147.2億元，到位省外資金27.3億元。';
const page = (charset: string, body: string) =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes: which encoding', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['plain UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'utf-16be'],
    ['GB18030 text, no declaration (detector)', iconv.encode(TEXT.repeat(3), 'gb18030'), 'gb18030'],
    ['Big5 text, no declaration (detector)', iconv.encode(TRAD.repeat(3), 'big5'), 'big5hkscs'],
    ['GBK page whose meta says gbk', iconv.encode(page('gbk', TEXT), 'gbk'), 'gb18030'],
    ['a page that lies: UTF-8 bytes under a gb2312 meta', Buffer.from(page('gb2312', TEXT), 'utf8'), 'utf-8'],
    ['a Big5 page whose meta says big5', iconv.encode(page('big5', TRAD), 'big5'), 'big5hkscs'],
  ];
  it.each(cases)('%s', (_name, bytes, encoding) => {
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toContain(encoding === 'big5hkscs' ? TRAD : TEXT);
    expect(d.text.startsWith('\uFEFF')).toBe(false);
  });

  it('accepts UTF-8 with one stray byte (a page cut mid-character) with a replacement character', () => {
    const bytes = Buffer.concat([Buffer.from(TEXT.repeat(20)), Buffer.from([0xe4, 0xbb])]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.endsWith('\uFFFD')).toBe(true);
  });
});

describe('decodeBytes: refusals', () => {
  const refusals: Array<[string, Buffer, RegExp]> = [
    ['PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary file \(looks like a PNG image\)/],
    ['zip header', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(30, 1)]), /binary file \(looks like a zip archive/],
    ['gzip header', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), /gzip/],
    ['NUL bytes', Buffer.from('abc\0def 签约', 'utf8'), /binary file \(contains NUL bytes\)/],
    ['control bytes', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /too many control characters/],
    ['bytes no encoding explains', Buffer.from(Array.from({ length: 400 }, (_, i) => [0xff, 0x80, 0xfe, 0x20][i % 4])), /invalid byte sequences/],
  ];
  it.each(refusals)('%s', (_name, bytes, message) => {
    expect(() => decodeBytes(bytes)).toThrow(ZhaoshangError);
    expect(() => decodeBytes(bytes)).toThrow(message);
  });

  it('sees no binary in ordinary text with tabs and line breaks', () => {
    expect(binaryKindOf(Buffer.from('标题\t\r\n正文\f'))).toBeNull();
  });
});

describe('declaredCharsetOf / canonicalEncodingOf', () => {
  it.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ['<meta charset=GBK />', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=big5">', 'big5hkscs'],
    ['<meta charset="utf-8">', 'utf-8'],
    ['<?xml version="1.0" encoding="GB2312"?>', 'gb18030'],
    ['<p>charset=gbk is not a declaration outside a meta tag</p>', null],
    ['<meta charset="no-such-charset">', null],
  ])('%s → %s', (html, expected) => {
    expect(declaredCharsetOf(Buffer.from(html, 'latin1'))).toBe(expected);
  });
  it('maps the GB family to gb18030 and Big5 variants to big5hkscs', () => {
    expect(['gb2312', 'GBK', 'x-gbk', 'cp936'].map(canonicalEncodingOf)).toEqual(['gb18030', 'gb18030', 'gb18030', 'gb18030']);
    expect(['Big5', 'big5-hkscs', 'cp950'].map(canonicalEncodingOf)).toEqual(['big5hkscs', 'big5hkscs', 'big5hkscs']);
  });
});
