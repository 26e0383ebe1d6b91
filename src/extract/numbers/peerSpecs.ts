// Judging one Recognizers-Text spec case against recognizeNumbers(): same spans (Start, inclusive End),
// same values (numerically, so "5E-06" equals 0.000005), same ISO currency when the spec gives one.
// Pure: the caller reads the spec files (test/peer-specs.test.ts, scripts/specs.ts).
import { recognizeNumbers, type PeerEntity, type PeerModel } from './recognizeNumbers.js';

export interface PeerSpecCase {
  Input: string;
  Results: { Text: string; Start: number; End: number; Resolution?: { value?: string | null; isoCurrency?: string } }[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
  IgnoreResolution?: boolean;
}

/** The spec files we run, relative to the peer-specs folder, and the model each one exercises. */
export const PEER_SPEC_FILES: { file: string; model: PeerModel }[] = [
  { file: 'recognizers-text/Specs/Number/Chinese/NumberModel.json', model: 'number' },
  { file: 'recognizers-text/Specs/Number/Chinese/PercentModel.json', model: 'percent' },
  { file: 'recognizers-text/Specs/NumberWithUnit/Chinese/CurrencyModel.json', model: 'currency' },
  { file: 'recognizers-text/Specs/Number/Chinese/NumberRangeModel.json', model: 'range' },
];

export interface Verdict {
  pass: boolean;
  expected: string[];
  got: string[];
}

function sameNumber(a: string | null | undefined, b: string | null): boolean {
  if (a === null || a === undefined || b === null) return (a ?? null) === b;
  const x = Number(a.replace(/%$/, ''));
  const y = Number(b.replace(/%$/, ''));
  if (!Number.isFinite(x) || !Number.isFinite(y)) return a === b;
  return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** "(20,35]" vs "(20,35]": same brackets, numerically equal ends. */
function sameInterval(a: string | null | undefined, b: string | null): boolean {
  const re = /^(?<open>[[(])(?<low>[^,]*),(?<high>[^\])]*)(?<close>[\])])$/;
  const x = a ? re.exec(a)?.groups : undefined;
  const y = b ? re.exec(b)?.groups : undefined;
  if (!x || !y) return a === b;
  const end = (p: string, q: string) => (p === '' || q === '' ? p === q : sameNumber(p, q));
  return x.open === y.open && x.close === y.close && end(x.low, y.low) && end(x.high, y.high);
}

function show(e: { start: number; end: number; text: string; value?: string | null; iso?: string }): string {
  return `${e.text}@${e.start}-${e.end}=${e.value ?? 'null'}${e.iso ? ` ${e.iso}` : ''}`;
}

export function judgeCase(c: PeerSpecCase, model: PeerModel): Verdict {
  const got: PeerEntity[] = recognizeNumbers(c.Input, model);
  const want = c.Results;
  const ok =
    got.length === want.length &&
    want.every((w, i) => {
      const g = got[i];
      if (g.start !== w.Start || g.end !== w.End) return false;
      if (c.IgnoreResolution) return true;
      const v = w.Resolution?.value;
      const valueOk = model === 'range' ? sameInterval(v, g.value) : sameNumber(v, g.value);
      const isoOk = !w.Resolution?.isoCurrency || w.Resolution.isoCurrency === g.isoCurrency;
      return valueOk && isoOk;
    });
  return {
    pass: ok,
    expected: want.map((w) => show({ start: w.Start, end: w.End, text: w.Text, value: w.Resolution?.value, iso: w.Resolution?.isoCurrency })),
    got: got.map((g) => show({ ...g, iso: g.isoCurrency })),
  };
}
