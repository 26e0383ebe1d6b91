import { describe, expect, it } from 'vitest';
import { wideColumns, wideRows } from '../../src/output/wideRows.js';
import { createFormatter } from '../../src/output/recordWriter.js';
import { rec } from './records.js';

describe('--wide rows', () => {
  it('columns: value as <metric>, other aspects as <metric>.<aspect>, money units beside', () => {
    const cols = wideColumns();
    expect(cols.slice(0, 8)).toEqual(['doc', 'url', 'title', 'published', 'region', 'adcode', 'period', 'scope']);
    const i = cols.indexOf('signed.investment');
    expect(cols.slice(i, i + 3)).toEqual(['signed.investment', 'signed.investment.unit', 'signed.investment.target']);
    expect(cols).toContain('funds.foreign.completion');
    expect(cols).not.toContain('signed.projects.unit');
    expect(cols).not.toContain('other');
    expect(wideColumns(true)).toContain('other.unit');
  });

  it('one row per doc, region, period and scope; a second figure for the same cell opens another row', () => {
    const { rows, leftOut } = wideRows([
      rec(),
      rec({ metric: 'signed.investment', value: 14720000000, unit: 'CNY', text: '147.2亿元' }),
      rec({ metric: 'funds.foreign', value: 29120000, unit: 'USD' }),
      rec({ metric: 'funds.foreign', aspect: 'completion', value: 95.5, unit: 'percent' }),
      rec({ metric: 'signed.projects', scope: '工业', value: 18 }),
      rec({ metric: 'funds.foreign', value: 1250000000, unit: 'HKD' }),
      rec({ metric: 'signed.projects', aspect: 'growth', value: 'x' as unknown as number, unit: 'count' }),
    ]);
    expect(leftOut).toHaveLength(1); // a growth must be percent
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      doc: 'a.txt', period: '2021-01/2021-10', scope: null, 'signed.projects': 29, 'signed.investment': 14720000000,
      'signed.investment.unit': 'CNY', 'funds.foreign': 29120000, 'funds.foreign.unit': 'USD', 'funds.foreign.completion': 95.5,
    });
    // rows of one key stay together: the HKD overflow row follows its key's first row
    expect(rows[1]).toMatchObject({ scope: null, 'funds.foreign': 1250000000, 'funds.foreign.unit': 'HKD' });
    expect(rows[1]['signed.projects']).toBeUndefined();
    expect(rows[2]).toMatchObject({ scope: '工业', 'signed.projects': 18 });
  });

  it('as CSV: a header of the fixed columns and one line per row; --fields may name metric columns', () => {
    const f = createFormatter({ format: 'csv', wide: true, fields: ['doc', 'period', 'signed.investment', 'signed.investment.unit'] });
    const out = f.header() + f.batch([rec({ metric: 'signed.investment', value: 1.5e21, unit: 'CNY' })]) + f.footer();
    expect(out).toBe('doc,period,signed.investment,signed.investment.unit\na.txt,2021-01/2021-10,1500000000000000000000,CNY\n');
    expect(() => createFormatter({ format: 'csv', wide: true, fields: ['signed.investmnet'] })).toThrow(/unknown column signed\.investmnet/);
  });
});
