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
// The character before the parenthesis is checked by a look-behind after it ((?<=H[(（]) rather
// than (?<=H)[(（]: the same matches, but a regex that starts with the parenthesis lets the engine
// skip quickly to the next parenthesis instead of trying the look-behind at every position.
const PINYIN_GLOSS = new RegExp(
  `[(（](?<=[\\u3400-\\u9fff\\uf900-\\ufaff][(（])[ \\t]{0,2}${SYLLABLE}(?:[ \\t'’-]{1,2}${SYLLABLE}){0,3}[ \\t]{0,2}[)）]`,
  'g',
);

/** Text without reading glosses after characters: `經(jīng)濟` → `經濟`, `區（qu1）` → `區`. */
export function withoutPinyinGlosses(s: string): string {
  if (!s.includes('(') && !s.includes('（')) return s; // a gloss starts with one of them
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
let widthByCode: (string | undefined)[] | null | undefined;

export function halfWidthOf(s: string): string {
  const map = widthMapOf();
  if (widthByCode === undefined) widthByCode = widthTableOf(map);
  if (widthByCode) return replacedByCode(s, widthByCode);
  widthPattern ??= new RegExp(`[${[...map.keys()].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'gu');
  return s.replace(widthPattern, (c) => map.get(c) ?? c);
}

/**
 * The width map by UTF-16 code unit, or null when a key is astral or a surrogate. Without such
 * keys a code-unit scan finds exactly the characters the code-point regex does (no key can match
 * half of a surrogate pair), with no regex and no callback per character.
 */
export function widthTableOf(map: Map<string, string>): (string | undefined)[] | null {
  const table: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);
  for (const [c, to] of map) {
    const u = c.charCodeAt(0);
    if (c.length !== 1 || (u >= 0xd800 && u < 0xe000)) return null;
    table[u] = to;
  }
  return table;
}

/** s with each code unit that has an entry in `table` replaced by it. */
function replacedByCode(s: string, table: (string | undefined)[]): string {
  let parts: string[] | null = null;
  let done = 0;
  for (let i = 0; i < s.length; i++) {
    const to = table[s.charCodeAt(i)];
    if (to === undefined) continue;
    (parts ??= []).push(s.slice(done, i), to);
    done = i + 1;
  }
  if (!parts) return s;
  parts.push(s.slice(done));
  return parts.join('');
}

// ---- traditional → simplified -----------------------------------------------------------------
let converter: ((s: string) => string) | null = null;

/**
 * Mainland simplified form. Created once per process, on first use (building the dictionaries
 * takes a moment). From the Taiwan standard: character variants only, no vocabulary rewriting
 * (twp would turn 資訊 into 信息), so the text still says what the source said.
 * A text with none of the characters that can make OpenCC change anything (`mayConvert`) is
 * returned as it is, without converting (most reports are simplified already).
 */
export function simplifiedOf(s: string): string {
  if (!mayConvert(s)) return s;
  const convert = (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  if (!triggers || triggers.separators === null) return convert(s);
  return convertedRuns(s, convert, triggers);
}

// A run is the text between two separators: characters in no dictionary key of any stage ('\n',
// '，', '。' …, checked against the dictionaries when the triggers are built). Each stage replaces
// the longest key at each position left to right, and no key spans a separator, so a stage puts
// out the separator as it is and converts the runs on either side independently: converting the
// whole text equals converting each run. OpenCC steps over an ideographic description sequence
// (⿰ and its operands) as one unit, which may swallow a separator, so a text with one of those
// characters is converted whole (no dictionary value holds one, so none appears in a later stage).
// Only runs holding a trigger are converted: in the few simplified reports that hold a trigger
// that is a few lines, not the whole text.
const SEPARATOR_CANDIDATES = '\n \t，。、；：！？,.;:!?“”‘’《》「」()（）【】';
const IDS_FIRST = 0x2ff0;
const IDS_LAST = 0x2fff;

/** s with every run that holds a trigger converted, the rest as it is; the whole of s converted when it holds an IDS character. */
function convertedRuns(s: string, convert: (s: string) => string, t: Triggers): string {
  const sep = t.separators!;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= IDS_FIRST && u <= IDS_LAST) return convert(s);
  }
  const parts: string[] = [];
  let done = 0; // s[0, done) is in parts
  let runStart = 0; // start of the run i is in
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (sep[u]) {
      runStart = i + 1;
      continue;
    }
    if (!isTriggerAt(s, i, u, t)) {
      if (u >= 0xd800 && u < 0xdc00 && isLowSurrogate(s.charCodeAt(i + 1))) i++;
      continue;
    }
    let runEnd = i + 1;
    while (runEnd < s.length && !sep[s.charCodeAt(runEnd)]) runEnd++;
    parts.push(s.slice(done, runStart), convert(s.slice(runStart, runEnd)));
    done = runEnd;
    i = runEnd - 1; // the loop steps onto the separator (or the end)
  }
  if (done === 0) return s;
  parts.push(s.slice(done));
  return parts.join('');
}

function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u < 0xe000;
}

/** Whether the character at i (code unit u) is a trigger: the test mayConvert makes. */
function isTriggerAt(s: string, i: number, u: number, t: Triggers): boolean {
  if (u >= 0xd800 && u < 0xdc00 && isLowSurrogate(s.charCodeAt(i + 1))) return t.astral.has(s.codePointAt(i)!);
  return t.bmp[u] === 1;
}

// Which texts OpenCC (tw → cn) leaves as they are. Its conversion is a chain of stages; each
// replaces, left to right, the longest dictionary key at each position by its value. A stage
// changes nothing in a text in which none of its *changing* keys (value ≠ key) occurs. So each
// changing key gets one of its characters as a trigger (a text holding the key holds that
// character), and a text with no trigger converts to itself. Triggers are chosen to be rare in
// simplified text: the character where key and value differ (乾乾淨淨 → 淨), not 一 or 乾.
// Round trips are exempt: 峰 → 峯 (tw variants) → 峰 (t → s), when the first stage maps the
// character only to that one variant, the last maps the variant only back and has it in no longer
// key, and no other stage changes the character. (A longer key of the first stage that keeps 峰
// as it is leaves 峰 for the last stage, which keeps it too.) Built from the very dictionaries the
// converter uses (opencc-js's tw2s preset); if their layout is not the one expected, every text
// is converted.
interface Triggers {
  bmp: Uint8Array;
  astral: Set<number>;
  /** 1 for the separator code units (see convertedRuns); null when the runs cannot be told apart safely. */
  separators: Uint8Array | null;
}
let triggers: Triggers | null | undefined;

/** Whether OpenCC might change s (false: it certainly returns s as is). */
export function mayConvert(s: string): boolean {
  if (triggers === undefined) triggers = buildTriggers();
  if (triggers === null) return true;
  const { bmp, astral } = triggers;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    const next = u >= 0xd800 && u < 0xdc00 ? s.charCodeAt(i + 1) : NaN;
    if (next >= 0xdc00 && next < 0xe000) {
      if (astral.has(s.codePointAt(i)!)) return true;
      i++;
    } else if (bmp[u]) return true;
  }
  return false;
}

type Entry = [string[], string[]];

/** The trigger characters of opencc-js's tw2s preset, or null when it is not laid out as expected. */
type Config = { normalizationChain?: unknown[]; conversionChain?: unknown[] } | undefined;

/** The (key, value) entries of each stage of an opencc-js preset, or null when it is not laid out as expected. */
function stagesOf(config: unknown): Entry[][] | null {
  const cfg = config as Config;
  if (!cfg || !Array.isArray(cfg.conversionChain) || cfg.conversionChain.length < 2) return null;
  const stages: Entry[][] = [];
  for (const group of [...(cfg.normalizationChain ?? []), ...cfg.conversionChain]) {
    const dicts = typeof group === 'string' ? [group] : Array.isArray(group) && group.every((d) => typeof d === 'string') ? group : [group];
    const entries: Entry[] = [];
    for (const d of dicts as unknown[]) {
      const pairs = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : d;
      if (!Array.isArray(pairs)) return null;
      for (const p of pairs as unknown[]) {
        if (!Array.isArray(p) || typeof p[0] !== 'string' || typeof p[1] !== 'string' || !p[0]) return null;
        entries.push([[...p[0]], [...p[1]]]);
      }
    }
    stages.push(entries);
  }
  return stages;
}

/**
 * The separators of convertedRuns() among SEPARATOR_CANDIDATES for a preset: the characters in no
 * key of any stage. Null when the preset is not laid out as expected or a value holds an
 * ideographic description character (a stage could then hand one to the next).
 */
export function separatorCharsOf(config: unknown): Set<string> | null {
  const stages = stagesOf(config);
  if (!stages) return null;
  const inKeys = new Set<string>();
  for (const st of stages) {
    for (const [k, v] of st) {
      for (const c of k) inKeys.add(c);
      if (v.some((c) => c.codePointAt(0)! >= IDS_FIRST && c.codePointAt(0)! <= IDS_LAST)) return null;
    }
  }
  return new Set([...SEPARATOR_CANDIDATES].filter((c) => !inKeys.has(c)));
}

export function triggerCharsOf(config: unknown): Set<string> | null {
  const cfg = config as Config;
  const stages = stagesOf(config);
  if (!cfg || !Array.isArray(cfg.conversionChain) || !stages) return null;
  const first = stages[stages.length - 2];
  const last = stages[stages.length - 1];
  const singles = (st: Entry[]): Map<string, Set<string>> => {
    const m = new Map<string, Set<string>>();
    for (const [k, v] of st) if (k.length === 1) m.set(k[0], (m.get(k[0]) ?? new Set()).add(v.join('')));
    return m;
  };
  const firstSingles = singles(first);
  const lastSingles = singles(last);
  const inLongerLastKey = new Set(last.flatMap(([k]) => (k.length > 1 ? k : [])));
  const changedElsewhere = new Set(
    stages.filter((st) => st !== first).flatMap((st) => st.filter(([k, v]) => k.length === 1 && k[0] !== v.join('')).map(([k]) => k[0])),
  );
  const roundTrip = new Set<string>();
  // Exemptions need the two-stage chain (tw → t, t → s) this reasoning is about.
  if (cfg.conversionChain.length === 2) for (const [c, values] of firstSingles) {
    if (values.size !== 1) continue;
    const variant = [...values][0];
    if (variant === c || [...variant].length !== 1 || inLongerLastKey.has(variant) || changedElsewhere.has(c)) continue;
    const back = lastSingles.get(variant);
    if (back?.size === 1 && back.has(c)) roundTrip.add(c);
  }
  // A changing key made of round-trip characters only (none in these tables) takes them out of the exemption.
  for (;;) {
    const chars = new Set<string>();
    let narrowed = false;
    for (const st of stages) {
      for (const [k, v] of st) {
        if (k.join('') === v.join('')) continue;
        if (k.length === 1) {
          if (!roundTrip.has(k[0])) chars.add(k[0]);
          continue;
        }
        const i = k.findIndex((c, j) => c !== v[j]);
        const pick = i >= 0 && !roundTrip.has(k[i]) ? k[i] : k.find((c) => !roundTrip.has(c));
        if (pick !== undefined) chars.add(pick);
        else for (const c of k) narrowed = roundTrip.delete(c) || narrowed;
      }
    }
    if (!narrowed) return chars;
  }
}

function buildTriggers(): Triggers | null {
  const locale = (OpenCC as unknown as { Locale?: { configs?: Record<string, unknown> } }).Locale;
  const chars = triggerCharsOf(locale?.configs?.tw2s);
  if (!chars) return null;
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const c of chars) {
    const cp = c.codePointAt(0)!;
    if (cp < 0x10000) bmp[cp] = 1;
    else astral.add(cp);
  }
  const sepChars = separatorCharsOf(locale?.configs?.tw2s);
  let separators: Uint8Array | null = null;
  if (sepChars) {
    separators = new Uint8Array(0x10000);
    for (const c of sepChars) separators[c.charCodeAt(0)] = 1;
  }
  return { bmp, astral, separators };
}

// ---- white space ------------------------------------------------------------------------------
/** Runs of spaces/tabs → one space, lines trimmed, empty lines dropped. */
export function tidyWhitespace(s: string): string {
  if (!UNTIDY.test(s)) return s;
  const out: string[] = [];
  for (const line of s.split('\n')) {
    const t = line.replace(SPACE_RUN, ' ').trim();
    if (t) out.push(t);
  }
  return out.join('\n');
}

const SPACE_RUN = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// What tidyWhitespace would change: a space character other than ' ', two spaces in a row, white
// space (\s, what trim() removes) at the start or end of a line, an empty line (its line break is
// white space at a line start: ^ in m mode matches after every line break). A text without any
// of these is returned as it is: each line survives replace, trim and the empty-line filter unchanged.
const UNTIDY = /[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}|^\s|\s$/m;
