import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  anchorIndex, anchorPositions, anchorSetsOf, anchoredPattern, firstCharsOf, presenceIndex, scanNear, setsPresent,
} from '../../../src/extract/periods/anchorScan.js';
import { maxMatchLength } from '../../../src/extract/periods/regexShape.js';
import { periodParsers } from '../../../src/extract/periods/periodParsers.js';
import { loadPeriodWords } from '../../../src/extract/periods/periodWords.js';

/** Every match of a global scan: [start, end, text]. */
function globalMatches(re: RegExp, text: string): [number, number, string][] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: [number, number, string][] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length, m[0]]);
  }
  return out;
}

function nearMatches(re: RegExp, needs: string[][], text: string): [number, number, string][] {
  const sets = anchorSetsOf(needs);
  const p = anchoredPattern(re, sets);
  if (!p) throw new Error('not anchored');
  const positions = anchorPositions(text, anchorIndex(sets));
  const out: [number, number, string][] = [];
  // Any one set will do: try the first.
  scanNear(text, p, positions[0], (_m, start, end) => out.push([start, end, text.slice(start, end)]));
  return out;
}

describe('anchorPositions', () => {
  it('finds each set, a character in several sets in each', () => {
    expect(anchorPositions('今年1月，上月', anchorIndex(['月', '今月', 'x']))).toEqual([[3, 6], [0, 3, 6], []]);
  });
  it('tells which sets have a character in the text', () => {
    expect(setsPresent('今年1月', presenceIndex(['月', '季', '号日', '今去']))).toEqual([true, false, false, true]);
    expect(setsPresent('', presenceIndex(['月']))).toEqual([false]);
  });
  it('takes first characters of words', () => {
    expect(firstCharsOf(['季度', '季', '上半年', ''])).toBe('上季');
    expect(anchorSetsOf([['月'], [], ['日', '号'], ['']])).toEqual(['月', '号日']);
    expect(anchorSetsOf(undefined)).toEqual([]);
  });
});

describe('scanNear gives what a global scan gives', () => {
  const CASES: [string, string[][], string][] = [
    ['(?:今年|\\d{4}年)?\\d{1,2}月', [['月']], '今年1月，2023年12月和3月、13月'],
    // Overlapping candidates: the leftmost wins, then the scan goes on after its end.
    ['(?:前)?\\d月(?:份)?', [['月']], '前1月份2月3月前'],
    // (A class opens them: the engine cannot skip to a known character.)
    ['[a]?[b]?c', [['c']], 'cabcbcacc'],
    // A lookbehind sees the characters before the window.
    ['(?<!\\d)\\d{1,2}月', [['月']], '1234月 12月 x5月'],
    ['(?:[x]yz){0,3}q', [['q']], 'xyzxyzxyzq xyzq q'],
    ['截至(?:目前|\\d+日)?', [['截']], '截至目前截至'],
    // Opening with known characters: the engine's own scan is kept.
    ['(?<!\\d)(?:截至|截止)\\d{1,2}日', [['截']], '截至1日'],
  ];
  it.each(CASES)('%s over %s', (source, needs, text) => {
    const re = new RegExp(source, 'g');
    // (`\d+` is unbounded, 截至 opens with known characters: those stay on the global scan.)
    if (!Number.isFinite(maxMatchLength(source)) || source.includes('截')) return expect(anchoredPattern(re, anchorSetsOf(needs))).toBeNull();
    expect(nearMatches(re, needs, text)).toEqual(globalMatches(re, text));
  });

  it('leaves unicode and case-blind patterns to the global scan', () => {
    expect(anchoredPattern(/\d?月/g, ['月'])).not.toBeNull();
    expect(anchoredPattern(/\d?月/gu, ['月'])).toBeNull();
    expect(anchoredPattern(/\d?q/gi, ['q'])).toBeNull();
  });

  it('on random texts, for every period parser', () => {
    const parsers = periodParsers(loadPeriodWords()).filter((p) => anchoredPattern(p.pattern, anchorSetsOf(p.needs)));
    // The patterns that open with optional words are the ones worth anchoring.
    expect(parsers.map((p) => p.id)).toEqual(expect.arrayContaining(['period.day', 'period.month', 'period.quarter', 'period.bare_day']));
    const pieces = ['2023年', '今年', '1', '0', '2', '-', '至', '月', '日', '号', '季度', '前', '三', '十', '上半年',
      '以来', '截至', '目前', '同期', '年度', '民国', '104', '份', '底', '初', '个', '，', '\n', '元'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (xs) => {
      const text = xs.join('');
      for (const p of parsers) {
        const sets = anchorSetsOf(p.needs);
        const anchored = anchoredPattern(p.pattern, sets)!;
        const positions = anchorPositions(text, anchorIndex(sets));
        // Every set gives the same matches.
        for (const set of positions) {
          const out: [number, number, string][] = [];
          scanNear(text, anchored, set, (_m, start, end) => out.push([start, end, text.slice(start, end)]));
          expect(out, `${p.id} ${text}`).toEqual(globalMatches(p.pattern, text));
        }
      }
    }), { numRuns: 300 });
  });
});
