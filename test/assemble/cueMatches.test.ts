// Keyword matching for the labelling tables: every occurrence of every word, gap words included.
import { describe, expect, it } from 'vitest';
import { cuePatternsOf, cuesIn, patternOf, withoutNested } from '../../src/assemble/cueMatches.js';

interface Row { id: string; words: string[] }

/** Every match of every word at every position, by its regex alone (the definition). */
function byRegex(text: string, from: number, to: number, rows: Row[]): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    for (const row of rows) {
      for (const word of row.words) {
        const re = patternOf(word);
        re.lastIndex = i;
        const m = re.exec(text);
        if (m && i + m[0].length <= to) out.push(`${row.id}:${m[0]}@${i}`);
      }
    }
  }
  return out;
}

describe('cuesIn', () => {
  const rows: Row[] = [
    { id: 'signed', words: ['签约', '集中签约', '签约项目'] },
    { id: 'event', words: ['签约活动', '签约仪式'] },
    { id: 'landed', words: ['引进…落户', '落户'] },
    { id: 'odd', words: ['(a+b)', '1.5倍'] },
  ];
  const patterns = cuePatternsOf(rows, (r) => r.words);
  const texts: [string, number, number][] = [
    ['集中签约活动2次，签约项目12个', 0, 17],
    ['集中签约活动2次，签约项目12个', 3, 10],
    ['引进外资项目3个落户园区，引进，落户', 0, 18],
    ['引进外资项目3个落户园区，引进，落户', 0, 7],
    ['(a+b)增长1.5倍，1x5倍', 0, 14],
    ['', 0, 0],
  ];
  it.each(texts)('%s [%i, %i): the matches the regexes find, in text then table order', (text, from, to) => {
    const got = cuesIn(text, from, to, patterns).map((c) => `${c.row.id}:${c.text}@${c.start}`);
    expect(got).toEqual(byRegex(text, from, to, rows));
  });

  it('gives each cue its end and the word it came from', () => {
    const [cue] = cuesIn('引进外资项目3个落户', 0, 10, patterns).filter((c) => c.word === '引进…落户');
    expect(cue).toMatchObject({ start: 0, end: 10, text: '引进外资项目3个落户' });
  });

  it('drops matches nested in a longer one', () => {
    const cues = cuesIn('集中签约活动', 0, 6, patterns);
    expect(withoutNested(cues).map((c) => c.word)).toEqual(['集中签约', '签约活动']);
  });
});
