// One text form for every extractor: Unicode NFC, pinyin glosses removed, full-width ASCII to
// half-width (Chinese sentence/clause marks kept: src/rules/widthRules.tsv says which and why),
// traditional → simplified (OpenCC, Taiwan/Hong Kong standard → mainland), and white space tidied:
// runs of spaces collapsed, lines trimmed, empty lines dropped, '\n' line ends.
// Titles go through the same function.
import * as OpenCC from 'opencc-js';
import { loadTable, type RuleRow } from '../rules/ruleTables.js';

/** Text as extractors read it. One OpenCC call per text, however long. */
export function normalizeText(s: string): string {
  const nfc = s.normalize('NFC').replace(/\r\n?/g, '\n');
  const unglossed = withoutPinyinGlosses(nfc);
  const narrow = halfWidthOf(unglossed);
  const simplified = simplifiedOf(narrow);
  return tidyWhitespace(simplified);
}

// ---- pinyin glosses -------------------------------------------------------------------------
// Some reposts annotate characters with their reading: 新鄉(xiāng)市牧野區(qū) → 新鄉市牧野區.
// A gloss is 1–4 pinyin syllables in parentheses (either width) right after a Han character, each
// syllable carrying a tone mark, or a tone number (xiang1). Other parentheses stay: (ACS), (深圳),
// (摄于4月8日), (14.000, 0.00, 0.00%) have no tone-marked syllable.
const TONE_VOWEL = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const MARKED_SYLLABLE = `[a-zA-Zü]{0,5}[${TONE_VOWEL}][a-zü${TONE_VOWEL}]{0,5}`;
// Tone numbers need two letters or more: (a1) is more often a label than the syllable 啊.
const NUMBERED_SYLLABLE = '(?=[a-zü]{2,7}[1-5])[a-zü]{0,5}[aeiouvü][a-zü]{0,5}[1-5]';
const SYLLABLE = `(?:${MARKED_SYLLABLE}|${NUMBERED_SYLLABLE})`;
const PINYIN_GLOSS = new RegExp(
  `(?<=[\\u3400-\\u9fff\\uf900-\\ufaff])[(（][ \\t]{0,2}${SYLLABLE}(?:[ \\t'’-]{1,2}${SYLLABLE}){0,3}[ \\t]{0,2}[)）]`,
  'g',
);

/** Text without reading glosses after characters: `經(jīng)濟` → `經濟`, `區（qu1）` → `區`. */
export function withoutPinyinGlosses(s: string): string {
  return s.replace(PINYIN_GLOSS, '');
}

// ---- width ------------------------------------------------------------------------------------
let widthMap: Map<string, string> | null = null;

/** char → replacement ('' deletes) for the characters this stage changes; kept ones are absent. */
export function widthMapOf(): Map<string, string> {
  if (widthMap) return widthMap;
  const map = new Map<string, string>();
  for (let c = 0xff01; c <= 0xff5e; c++) map.set(String.fromCharCode(c), String.fromCharCode(c - 0xfee0));
  for (const row of loadTable('widthRules', validateWidthRow)) {
    const ch = charOfCell(row.char);
    if (row.to === 'keep') map.delete(ch);
    else map.set(ch, row.to === 'space' ? ' ' : row.to === 'delete' ? '' : row.to);
  }
  widthMap = map;
  return map;
}

/** `U+3000` → the character; anything else is the character itself. */
export function charOfCell(cell: string): string {
  const m = /^U\+(?<hex>[0-9A-Fa-f]{4,6})$/.exec(cell);
  return m?.groups ? String.fromCodePoint(parseInt(m.groups.hex, 16)) : cell;
}

function validateWidthRow(r: RuleRow): string | null {
  if ([...charOfCell(r.char ?? '')].length !== 1) return 'char must be one character or U+XXXX';
  if (!r.to) return 'to must be keep, space, delete or a replacement';
  return null;
}

let widthPattern: RegExp | null = null;

export function halfWidthOf(s: string): string {
  const map = widthMapOf();
  widthPattern ??= new RegExp(`[${[...map.keys()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');
  return s.replace(widthPattern, (c) => map.get(c) ?? c);
}

// ---- traditional → simplified -----------------------------------------------------------------
let converter: ((s: string) => string) | null = null;

/**
 * Mainland simplified form. Created once per process, on first use (building the dictionaries
 * takes a moment). From the Taiwan standard: character variants only, no vocabulary rewriting
 * (twp would turn 資訊 into 信息), so the text still says what the source said.
 */
export function simplifiedOf(s: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

// ---- white space ------------------------------------------------------------------------------
/** Runs of spaces/tabs → one space, lines trimmed, empty lines dropped. */
export function tidyWhitespace(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
