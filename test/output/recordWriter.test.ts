import { describe, expect, it } from 'vitest';
import { createFormatter, type RecordWriterOptions } from '../../src/output/recordWriter.js';
import { plainNumber } from '../../src/output/formatValue.js';
import { RECORD_FIELDS } from '../../src/model.js';
import { rec } from './records.js';

const write = (opts: RecordWriterOptions, batches: ReturnType<typeof rec>[][]): string => {
  const f = createFormatter(opts);
  return f.header() + batches.map((b) => f.batch(b)).join('') + f.footer();
};

describe('plainNumber', () => {
  it.each([
    [14720000000, '14720000000'],
    [1e21, '1000000000000000000000'],
    [3.2e25, '32000000000000000000000000'],
    [1e-7, '0.0000001'],
    [-40, '-40'],
    [91.9, '91.9'],
  ])('%d → %s', (n, s) => expect(plainNumber(n)).toBe(s));
});

describe('record writers', () => {
  const big = rec({ metric: 'signed.investment', value: 3.2e22, unit: 'CNY', text: '3.2万万亿元' });

  it('CSV: SCHEMA columns, numbers never in exponent notation, nulls empty', () => {
    const out = write({ format: 'csv' }, [[rec(), big]]);
    const rows = out.trim().split('\n');
    expect(rows[0]).toBe(RECORD_FIELDS.join(','));
    expect(out).not.toMatch(/\de[+-]?\d/i);
    expect(out).toContain(',32000000000000000000000,');
    expect(rows[1]).toContain('a.txt,,标题,');
  });

  it('JSON and JSONL numbers stay plain too, and parse back to the same value', () => {
    for (const format of ['json', 'jsonl'] as const) {
      const out = write({ format }, [[big]]);
      expect(out, format).not.toMatch(/e\+/);
      const back = format === 'json' ? JSON.parse(out)[0] : JSON.parse(out.trim());
      expect(back.value).toBe(3.2e22);
    }
    expect(write({ format: 'json' }, [])).toBe('[]\n');
  });

  it('TSV: a header, a tab between cells, no tab or newline inside one', () => {
    const out = write({ format: 'tsv' }, [[rec({ sentence: '第一句\t有制表符\n第二行' })]]);
    const lines = out.split('\n');
    expect(lines[0].split('\t')).toEqual([...RECORD_FIELDS]);
    expect(lines[1].split('\t')).toHaveLength(RECORD_FIELDS.length);
    expect(lines[1]).toContain('第一句 有制表符 第二行');
  });

  it('--bom starts csv/tsv with U+FEFF and is refused for JSON', () => {
    expect(write({ format: 'csv', bom: true }, []).startsWith('\uFEFFdoc,')).toBe(true);
    expect(write({ format: 'tsv', bom: true }, []).startsWith('\uFEFFdoc\t')).toBe(true);
    expect(() => createFormatter({ format: 'json', bom: true })).toThrow(/--bom is for csv and tsv/);
  });

  it('--fields picks and orders columns; an unknown name is a usage error listing the valid ones', () => {
    expect(write({ format: 'csv', fields: ['value', 'metric'] }, [[rec()]])).toBe('value,metric\n29,signed.projects\n');
    expect(JSON.parse(write({ format: 'jsonl', fields: ['metric', 'scope'] }, [[rec()]]))).toEqual({ metric: 'signed.projects', scope: null });
    let err: unknown;
    try { createFormatter({ format: 'csv', fields: ['doc', 'valeu'] }); } catch (e) { err = e; }
    expect(err).toMatchObject({ code: 'usage', exitCode: 2 });
    expect(String((err as Error).message)).toMatch(/unknown column valeu; valid: doc,url,/);
    expect(() => createFormatter({ format: 'csv', fields: ['doc', 'doc'] })).toThrow(/given twice/);
  });

  it('--explain: CSV gets rule and explain columns; JSON keeps the fields only then', () => {
    const r = rec({ rule: 'metric:签约', explain: { metric: '签约', period: '今年1-10月' } });
    const [header, row] = write({ format: 'csv', explain: true }, [[r]]).split('\n');
    expect(header.split(',').slice(-2)).toEqual(['rule', 'explain']);
    // the explain object is one quoted cell of JSON
    expect(row.endsWith(',metric:签约,"{""metric"":""签约"",""period"":""今年1-10月""}"')).toBe(true);
    expect(JSON.parse(write({ format: 'jsonl', explain: true }, [[r]])).explain.metric).toBe('签约');
    expect(JSON.parse(write({ format: 'jsonl' }, [[r]]))).not.toHaveProperty('rule');
  });
});
