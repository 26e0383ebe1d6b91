import { describe, expect, it } from 'vitest';
import { FigureTotals, isBreakdown } from '../../src/output/figureTotals.js';
import { formatTotals } from '../../src/output/totalsWriter.js';
import { rec } from './records.js';

const S = '上半年，章贡区新签约项目42个，签约金额265.4亿元。其中，工业项目18个、签约金额142.6亿元；现代服务业项目15个。';
const TEXT = `标题\n${S}`;
const at = (t: string, from = 0): number => TEXT.indexOf(t, from);

describe('stats totals', () => {
  it('其中 breakdowns (after 其中, with a scope) are left out; the whole and scope-less figures stay', () => {
    const whole = rec({ value: 42, text: '42个', sentence: S, start: at('42个'), end: at('42个') + 3, scope: null });
    const part = rec({ value: 18, text: '18个', sentence: S, start: at('18个'), end: at('18个') + 3, scope: '工业' });
    const scopedWhole = rec({ value: 42, text: '42个', sentence: S, start: at('42个'), end: at('42个') + 3, scope: '新签约' });
    expect(isBreakdown(whole, TEXT)).toBe(false);
    expect(isBreakdown(part, TEXT)).toBe(true);
    expect(isBreakdown(part)).toBe(true); // without the text, found in the sentence
    expect(isBreakdown(scopedWhole, TEXT)).toBe(false); // 其中 comes after it
  });

  it('adds per region, period, metric and unit; never across currencies; exact decimals', () => {
    const t = new FigureTotals();
    t.add([
      rec({ doc: 'a', metric: 'signed.investment', value: 0.1, unit: 'CNY' }),
      rec({ doc: 'b', metric: 'signed.investment', value: 0.2, unit: 'CNY' }),
      rec({ doc: 'b', metric: 'signed.investment', value: 5, unit: 'USD' }),
      rec({ doc: 'b', metric: 'signed.investment', aspect: 'growth', value: 12, unit: 'percent' }),
      rec({ doc: 'b', metric: 'other', value: 7, unit: 'count' }),
      rec({ doc: 'c', metric: 'signed.investment', value: 3.2e12, unit: 'CNY', region: null }),
      rec({ doc: 'c', metric: 'signed.investment', value: 1, unit: 'CNY', region: null }),
    ]);
    expect(t.rows()).toEqual([
      { region: '平顶山市新华区', period: '2021-01/2021-10', metric: 'signed.investment', unit: 'CNY', total: 0.3, figures: 2, docs: 2 },
      { region: '平顶山市新华区', period: '2021-01/2021-10', metric: 'signed.investment', unit: 'USD', total: 5, figures: 1, docs: 1 },
      { region: null, period: '2021-01/2021-10', metric: 'signed.investment', unit: 'CNY', total: 3200000000001, figures: 2, docs: 1 },
    ]);
  });

  it('names a figure that several articles state (a reprint), once per figure', () => {
    const t = new FigureTotals();
    t.add([rec({ doc: 'b.txt' })]);
    t.add([rec({ doc: 'a.txt' }), rec({ doc: 'a.txt', value: 30 })]);
    t.add([rec({ doc: 'c.txt', period: '2021' })]);
    expect(t.repeated()).toEqual([
      { metric: 'signed.projects', value: 29, unit: 'count', period: '2021-01/2021-10', region: '平顶山市新华区', docs: ['a.txt', 'b.txt'] },
    ]);
  });

  it('writes csv, tsv and json with plain numbers', () => {
    const rows = [{ region: null, period: '2021', metric: 'signed.investment', unit: 'CNY', total: 1e22, figures: 2, docs: 1 }];
    expect(formatTotals(rows, 'csv')).toBe('region,period,metric,unit,total,figures,docs\n,2021,signed.investment,CNY,10000000000000000000000,2,1\n');
    expect(formatTotals(rows, 'tsv', true).split('\n')[1]).toBe('\t2021\tsigned.investment\tCNY\t10000000000000000000000\t2\t1');
    expect(JSON.parse(formatTotals(rows, 'json'))[0].figures).toBe(2);
  });
});
