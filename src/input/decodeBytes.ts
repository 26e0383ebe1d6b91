// Bytes → text. Decision order (first that applies wins):
//   1. a byte-order mark (UTF-8, UTF-16 LE/BE);
//   2. refuse binary files (known magic numbers, NUL bytes, many control bytes);
//   3. bytes that are valid UTF-8 (or nearly: see below) are UTF-8 — saved pages often still declare
//      gb2312 although the bytes were re-encoded when saved (`<meta charset=gb2312>`, UTF-8 bytes);
//   4. the charset a `<meta charset>` / http-equiv Content-Type declares;
//   5. chardet's statistical guess, restricted to plausible Chinese encodings (GB18030, Big5).
// Decoding itself is always iconv-lite (or the platform's TextDecoder for the UTF-8 check).
//
// Invalid byte sequences: real pages are sometimes cut mid-character or carry a stray byte, so a
// decode that needs replacement characters (U+FFFD) is accepted when they are a tiny share of the
// text (at most MAX_REPLACEMENT_SHARE of the characters, and never more than one in 20 of the
// CJK characters); anything worse is an error naming the encodings tried.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { ZhaoshangError } from '../model.js';

export interface Decoded {
  text: string;
  encoding: string;
}

/** At most 0.2% of the decoded characters may be U+FFFD replacements. */
export const MAX_REPLACEMENT_SHARE = 0.002;

/** How much of the head is inspected for magic numbers, NUL and control bytes, and meta charset. */
const SNIFF_BYTES = 8192;

interface Magic {
  bytes: number[];
  offset?: number;
  what: string;
}

// File signatures of formats that turn up misnamed as .html/.txt in scraped folders.
const MAGIC_NUMBERS: Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF (WebP/AVI/WAV) file' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (or docx/xlsx)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty zip archive' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Office document (doc/xls)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF executable' },
  { bytes: [0x4d, 0x5a], what: 'a Windows executable' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'an MP4/MOV video' },
];

/** Bytes → text, or ZhaoshangError('input') saying why not (binary, undecodable). */
export function decodeBytes(bytes: Buffer): Decoded {
  const bom = bomEncodingOf(bytes);
  if (bom) return { text: checkedDecode(bytes.subarray(bom.length), bom.encoding, 'byte-order mark'), encoding: bom.encoding };

  const binary = binaryKindOf(bytes);
  if (binary) throw new ZhaoshangError(`binary file (${binary})`, 'input');

  const utf8 = strictUtf8Of(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  // Mostly UTF-8 with a stray bad byte (a page cut mid-character): UTF-8 explains it better than
  // any declared or guessed legacy encoding, which would turn each CJK character into wrong ones.
  const lenientUtf8 = tolerantDecode(bytes, 'utf-8');
  if (lenientUtf8 !== null) return { text: lenientUtf8, encoding: 'utf-8' };

  const tried: string[] = ['utf-8'];
  const declared = declaredCharsetOf(bytes);
  if (declared && declared !== 'utf-8') {
    tried.push(`${declared} (declared)`);
    const text = tolerantDecode(bytes, declared);
    if (text !== null) return { text, encoding: declared };
  }

  for (const guess of detectedChineseEncodingsOf(bytes)) {
    if (guess === declared) continue;
    tried.push(guess);
    const text = tolerantDecode(bytes, guess);
    if (text !== null) return { text, encoding: guess };
  }
  throw new ZhaoshangError(`invalid byte sequences: not text in ${tried.join(', ')}`, 'input');
}

export function bomEncodingOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** A short description of what binary format the bytes look like, or null for text. */
export function binaryKindOf(bytes: Uint8Array): string | null {
  for (const m of MAGIC_NUMBERS) {
    const at = m.offset ?? 0;
    if (bytes.length >= at + m.bytes.length && m.bytes.every((b, i) => bytes[at + i] === b)) return `looks like ${m.what}`;
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b >= 0x20) continue;
    if (b === 0) return 'contains NUL bytes';
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text.
    if (!(b >= 0x09 && b <= 0x0d) && b !== 0x1b) controls++;
  }
  if (n > 0 && controls / n > 0.1) return 'too many control characters';
  return null;
}

/**
 * The text when the bytes are valid UTF-8, else null. Node's own validator, then its decoder:
 * for valid bytes the decoders agree, except that TextDecoder (ignoreBOM: false) drops a leading
 * byte-order mark, which is done here too.
 */
export function strictUtf8Of(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString('utf8');
}

/**
 * The charset a page declares in its head, as an iconv-lite name; the GB family becomes gb18030
 * (a superset of gb2312 and gbk), Big5 variants big5hkscs. Null when none is declared or known.
 * Example: `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` → `gb18030`.
 */
export function declaredCharsetOf(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?(?<charset>[\w.:-]+)/i.exec(head)
    ?? /<\?xml\b[^>]*\bencoding\s*=\s*["'](?<charset>[\w.:-]+)/i.exec(head);
  const name = m?.groups?.charset;
  return name ? canonicalEncodingOf(name) : null;
}

export function canonicalEncodingOf(name: string): string | null {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|gb-2312|csgb2312|hz-gb-2312)$/.test(n)) return 'gb18030';
  if (/^(big5|big-5|cn-big5|x-x-big5|csbig5|big5-hkscs|big5hkscs|cp950|windows-950)$/.test(n)) return 'big5hkscs';
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  return iconv.encodingExists(n) ? n : null;
}

/** chardet's candidates, best first, kept to the Chinese encodings a news page plausibly uses. */
export function detectedChineseEncodingsOf(bytes: Uint8Array): string[] {
  const sample = bytes.subarray(0, 256 * 1024);
  const names = chardet.analyse(sample).map((m) => m.name.toLowerCase());
  const chinese: string[] = names.filter((n) => n === 'gb18030' || n === 'big5').map((n) => (n === 'big5' ? 'big5hkscs' : n));
  // Neither reported: both remain worth a try, GB first (mainland pages far outnumber others).
  for (const fallback of ['gb18030', 'big5hkscs']) if (!chinese.includes(fallback)) chinese.push(fallback);
  return chinese;
}

/** Decoded text when the replacement characters it needed are a tiny share, else null. */
export function tolerantDecode(bytes: Uint8Array, encoding: string): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
  return replacementShareIsTiny(text) ? text : null;
}

function checkedDecode(bytes: Uint8Array, encoding: string, why: string): string {
  const text = tolerantDecode(bytes, encoding);
  if (text === null) throw new ZhaoshangError(`invalid byte sequences for ${encoding} (from the ${why})`, 'input');
  return text;
}

export function replacementShareIsTiny(text: string): boolean {
  let bad = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  if (bad === 0) return true;
  return bad <= Math.max(1, text.length * MAX_REPLACEMENT_SHARE) && bad * 20 <= cjk;
}
