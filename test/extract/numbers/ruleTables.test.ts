// Every row of the number layer's tables must do what its `example` column says.
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../../src/rules/ruleTables.js';
import { findNumerals } from '../../../src/extract/numbers/findNumerals.js';
import { findNumberMentions } from '../../../src/extract/numbers/findNumberMentions.js';
import { findNumberIntervals } from '../../../src/extract/numbers/findNumberIntervals.js';

const rowsOf = (name: string) => loadTable(name).map((r) => [`${r.word} (${r.__source})`, r] as const);

describe('units.tsv examples', () => {
  it.each(rowsOf('units'))('%s', (_, r) => {
    const ms = findNumberMentions(r.example);
    expect(ms.length).toBeGreaterThan(0);
    const m = ms.find((x) => x.text.includes(r.word))!;
    expect(m, `a mention containing ${r.word} in ${r.example}`).toBeDefined();
    expect(m.unit).toBe(r.unit);
  });
});

describe('measures.tsv examples', () => {
  it.each(rowsOf('measures'))('%s', (_, r) => {
    const [m] = findNumberMentions(r.example);
    expect(m).toMatchObject({ unit: 'count', unitWord: r.word, measure: r.measure });
  });
});

describe('approx.tsv examples', () => {
  it.each(rowsOf('approx'))('%s', (_, r) => {
    const [m] = findNumberMentions(r.example);
    expect(m.approx).toBe(r.position === 'not' ? null : r.approx);
    // before/after words stay out of the span, infix words (10多场) are in it
    expect(m.text.includes(r.word)).toBe(r.position === 'infix');
  });
});

describe('number_contexts.tsv examples', () => {
  it.each(rowsOf('number_contexts'))('%s', (_, r) => {
    expect(findNumerals(r.example).length, 'the example holds a numeral').toBeGreaterThan(0);
    expect(findNumberMentions(r.example)).toEqual([]);
  });
});

describe('numerals.tsv examples', () => {
  it.each(rowsOf('numerals'))('%s', (_, r) => {
    const at = r.example.indexOf(r.word);
    const ns = findNumerals(r.example);
    expect(ns.some((n) => n.start <= at && at < n.end), `a numeral covering ${r.word} in ${r.example}`).toBe(true);
  });
});

describe('numeral_guards.tsv examples', () => {
  it.each(rowsOf('numeral_guards'))('%s', (_, r) => {
    const at = r.example.indexOf(r.word);
    if (r.kind === 'unit-word' || r.kind === 'not-dozen') {
      const ns = findNumerals(r.example);
      expect(ns.length).toBeGreaterThan(0);
      expect(ns.every((n) => n.end <= at)).toBe(true);
    } else {
      expect(findNumberMentions(r.example).some((m) => m.unit === 'percent')).toBe(false);
    }
  });
});

describe('comparators.tsv examples', () => {
  it.each(rowsOf('comparators'))('%s', (_, r) => {
    const ivs = findNumberIntervals(r.example);
    expect(ivs.length).toBeGreaterThan(0);
    const iv = ivs.find((x) => r.word.split('…').every((p) => x.text.includes(p)));
    expect(iv, `an interval containing ${r.word} in ${r.example}`).toBeDefined();
    if (['join', 'between'].includes(r.position)) expect(iv!.low !== null && iv!.high !== null).toBe(true);
    if (r.bound === 'lower') expect(iv!.low).not.toBeNull();
    if (r.bound === 'upper') expect(iv!.high).not.toBeNull();
  });
});
