// A record builder for writer tests: SCHEMA fields with sensible defaults.
import type { FigureRecord } from '../../src/model.js';

export function rec(over: Partial<FigureRecord> = {}): FigureRecord {
  return {
    doc: 'a.txt', url: null, title: '标题', published: '2021-11-18', region: '平顶山市新华区', adcode: '410402',
    period: '2021-01/2021-10', period_text: '今年1-10月', metric: 'signed.projects', aspect: 'value', value: 29,
    value_high: null, unit: 'count', approx: null, scope: null, text: '29个',
    sentence: '今年1-10月，全区累计签约项目29个，总投资147.2亿元。', start: 14, end: 17, ...over,
  };
}
