import { describe, expect, it } from 'vitest';
import { createReportWriter, escapeHtml, humanValue, markText, signedInvestmentChart } from '../../src/output/reportHtml.js';
import { rec } from './records.js';

const span = (start: number, end: number, index: number) => ({ start, end, index, title: `t${index}` });
const opens = (html: string): number => (html.match(/<mark data-record="\d+" id=/g) ?? []).length;

describe('report HTML', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtml(`<script>"&'`)).toBe('&lt;script&gt;&quot;&amp;&#39;');
    expect(markText('a<b>c', [span(1, 4, 0)])).toBe('a<mark data-record="0" id="r0" title="t0">&lt;b&gt;</mark>c');
  });

  it('nests identical and crossing spans so every record has exactly one opening mark', () => {
    const same = markText('0123456789', [span(2, 5, 0), span(2, 5, 1)]);
    expect(opens(same)).toBe(2);
    const crossing = markText('0123456789', [span(1, 5, 0), span(3, 8, 1)]);
    expect(opens(crossing)).toBe(2);
    expect(crossing).toBe(
      '0<mark data-record="0" id="r0" title="t0">12<mark data-record="1" id="r1" title="t1">34</mark></mark>' +
        '<mark data-record="1" data-cont="" title="t1">567</mark>89',
    );
    // tags balance
    expect((crossing.match(/<mark/g) ?? []).length).toBe((crossing.match(/<\/mark>/g) ?? []).length);
  });

  it('reads money the way the articles write it', () => {
    expect(humanValue(14720000000, 'CNY')).toBe('147.2亿元');
    expect(humanValue(29120000, 'USD')).toBe('2912万美元');
    expect(humanValue(91.9, 'percent')).toBe('91.9%');
    expect(humanValue(29, 'count')).toBe('29');
  });

  it('a whole page: no external references, a mark per record, totals and a chart', () => {
    const w = createReportWriter();
    const text = '今年1-10月，全区累计签约项目29个，总投资147.2亿元。<b>';
    const records = [
      rec({ start: text.indexOf('29个'), end: text.indexOf('29个') + 3 }),
      rec({ metric: 'signed.investment', value: 14720000000, unit: 'CNY', text: '147.2亿元', start: text.indexOf('147.2'), end: text.indexOf('147.2') + 7 }),
      rec({ start: 500, end: 503 }), // offsets outside the text: listed, flagged, not marked
    ];
    const html = w.header() + w.document({ doc: 'a.txt', url: 'http://x/"y', title: null, published: '2021-11-18', text, records }) + w.footer();
    expect(opens(html)).toBe(2);
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('offsets outside the text');
    expect(html).toMatch(/<svg id="chart"[^>]*>.*<g data-bar="" data-region="平顶山市新华区" data-period="2021-01\/2021-10" data-value="14720000000">/s);
  });

  it('charts only signed.investment, one bar per region and period', () => {
    const svg = signedInvestmentChart([
      { region: 'A', period: '2021', metric: 'signed.investment', unit: 'CNY', total: 2e9, figures: 1, docs: 1 },
      { region: 'A', period: '2022', metric: 'signed.investment', unit: 'CNY', total: 1e9, figures: 1, docs: 1 },
      { region: 'B', period: '2021', metric: 'landed.investment', unit: 'CNY', total: 5e9, figures: 1, docs: 1 },
    ]);
    expect((svg.match(/data-bar=""/g) ?? []).length).toBe(2);
    expect(svg).toContain('width="480"');
    expect(svg).toContain('width="240"');
  });
});
