// Numbers with Chinese units and numerals → NumberMention[].
// STUB (foundation): replaced by the numbers implementation.
import type { NumberMention } from '../model.js';

export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const re = /(?<num>\d+(?:\.\d+)?)(?<unit>亿元|万元|万美元|%|个|次|家|场)/g;
  for (const m of text.matchAll(re)) {
    const n = Number(m.groups!.num);
    const u = m.groups!.unit;
    const scale = u === '亿元' ? 1e8 : u.startsWith('万') ? 1e4 : 1;
    out.push({
      start: m.index!, end: m.index! + m[0].length, text: m[0],
      value: Math.round(n * scale * 100) / 100, valueHigh: null,
      unit: u.endsWith('元') ? (u.includes('美元') ? 'USD' : 'CNY') : u === '%' ? 'percent' : 'count',
      unitWord: u, approx: null, rule: 'stub',
    });
  }
  return out;
}
