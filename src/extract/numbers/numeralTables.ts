// The numeral characters (src/rules/numerals.tsv) and the words that stop a numeral
// (src/rules/numeral_guards.tsv), read once through the shared rule-table loader.
import { loadTable, type RuleRow } from '../../rules/ruleTables.js';
import { CODE_SLOTS } from './scanAt.js';

export type NumeralKind = 'digit' | 'unit' | 'scale' | 'point' | 'negative' | 'approx' | 'half' | 'dozen';
const KINDS: readonly string[] = ['digit', 'unit', 'scale', 'point', 'negative', 'approx', 'half', 'dozen'];

export interface NumeralChar {
  kind: NumeralKind;
  /** digit value, power of ten for unit/scale, 0.5 for half, 12 for dozen; NaN otherwise. */
  value: number;
}

export interface NumeralTables {
  chars: Map<string, NumeralChar>;
  /**
   * The same characters by UTF-16 code unit (null for others): the scanners look up a code from
   * charCodeAt instead of slicing out a one-character string, which for a Han character is a new
   * string each time. Rows of one astral character are absent, as from `chars` lookups by `text[i]`.
   */
  byCode: (NumeralChar | null)[];
  /** 1 for the code units a numeral may start with: ASCII digits, '.', '-' and digit/unit/negative/half characters. */
  startCodes: Uint8Array;
  /** Words that begin with a numeral character but are a unit word (千瓦, 兆帕): stop the numeral before them. */
  unitWords: string[];
  /** 打 followed by these is a verb (打造), not a dozen. */
  notDozen: string[];
  /** 成 starting these words is not a tenth (成为, 成功). */
  notTenth: string[];
  /** 折 starting these words is not a discount (折合, 折算). */
  notDiscount: string[];
  /** Words before a bare 百/千 that make it one hundred/thousand (逾百亿元, 近千亿元); `over` ones (上百家) join the numeral as its approx. */
  roundLeads: { word: string; over: boolean }[];
  /** Words before a bare 十/百/千 that make it no number at all (数十个, 几百家: "dozens", "hundreds"). */
  vagueLeads: string[];
}

function validateNumeral(row: RuleRow): string | null {
  if ([...row.word].length !== 1) return `word must be one character, got "${row.word}"`;
  if (!KINDS.includes(row.kind)) return `kind must be one of ${KINDS.join('|')}, got "${row.kind}"`;
  if (['digit', 'unit', 'scale', 'half', 'dozen'].includes(row.kind) && !Number.isFinite(Number(row.value))) {
    return `value must be a number for kind ${row.kind}`;
  }
  if (!row.example?.includes(row.word)) return `example must contain the word "${row.word}"`;
  return null;
}

const GUARD_KINDS = ['unit-word', 'not-dozen', 'not-tenth', 'not-discount', 'round-lead', 'round-over', 'vague-lead'];

function validateGuard(row: RuleRow): string | null {
  if (!GUARD_KINDS.includes(row.kind)) return `kind must be one of ${GUARD_KINDS.join('|')}, got "${row.kind}"`;
  if (!row.word) return 'empty word';
  if (!row.example?.includes(row.word)) return `example must contain the word "${row.word}"`;
  return null;
}

let cached: NumeralTables | null = null;
let cachedRows: RuleRow[] | null = null;

export function numeralTables(): NumeralTables {
  const rows = loadTable('numerals', validateNumeral);
  if (cached && cachedRows === rows) return cached;
  const chars = new Map<string, NumeralChar>();
  for (const r of rows) chars.set(r.word, { kind: r.kind as NumeralKind, value: r.value === '' ? NaN : Number(r.value) });
  const guards = loadTable('numeral_guards', validateGuard);
  const byCode: (NumeralChar | null)[] = new Array<NumeralChar | null>(CODE_SLOTS).fill(null);
  const startCodes = new Uint8Array(CODE_SLOTS);
  for (const c of '0123456789.-') startCodes[c.charCodeAt(0)] = 1;
  for (const [w, nc] of chars) {
    if (w.length !== 1) continue;
    byCode[w.charCodeAt(0)] = nc;
    if (nc.kind === 'digit' || nc.kind === 'unit' || nc.kind === 'negative' || nc.kind === 'half') startCodes[w.charCodeAt(0)] = 1;
  }
  cached = {
    chars,
    byCode,
    startCodes,
    unitWords: guards.filter((g) => g.kind === 'unit-word').map((g) => g.word),
    notDozen: guards.filter((g) => g.kind === 'not-dozen').map((g) => g.word),
    notTenth: guards.filter((g) => g.kind === 'not-tenth').map((g) => g.word),
    notDiscount: guards.filter((g) => g.kind === 'not-discount').map((g) => g.word),
    roundLeads: guards.filter((g) => g.kind === 'round-lead' || g.kind === 'round-over')
      .map((g) => ({ word: g.word, over: g.kind === 'round-over' }))
      .sort((a, b) => b.word.length - a.word.length),
    vagueLeads: guards.filter((g) => g.kind === 'vague-lead').map((g) => g.word),
  };
  cachedRows = rows;
  return cached;
}
