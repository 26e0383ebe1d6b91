// `zhaoshang report`: ONE self-contained HTML file to review a run. No network and no external
// assets (a Content-Security-Policy forbids them), inline CSS and SVG, every text escaped.
// Written as documents arrive: each article's section (normalized text, every extracted span in a
// <mark data-record=i>, its records in a table beside it), then at the end the totals per region
// and period and a bar chart of signed investment by period per region. Only the totals are kept.
import type { ExtractedDocument, FigureRecord } from '../model.js';
import { FigureTotals, type TotalRow } from './figureTotals.js';
import { plainNumber } from './formatValue.js';

export type ReportDocument = ExtractedDocument;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const round2 = (x: number): string => plainNumber(Number(x.toFixed(2)));
const CURRENCY_WORDS: Record<string, string> = { CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', JPY: '日元', GBP: '英镑', TWD: '新台币' };

/** 14720000000 CNY → 147.2亿元; 29120000 USD → 2912万美元; 29 count → 29; 91.9 percent → 91.9%. */
export function humanValue(value: number, unit: string): string {
  if (unit === 'percent') return `${plainNumber(value)}%`;
  if (unit === 'count') return plainNumber(value);
  const word = CURRENCY_WORDS[unit];
  if (!word) return `${plainNumber(value)} ${unit}`;
  const a = Math.abs(value);
  if (a >= 1e8) return `${round2(value / 1e8)}亿${word}`;
  if (a >= 1e4) return `${round2(value / 1e4)}万${word}`;
  return `${plainNumber(value)}${word}`;
}

interface Span {
  start: number;
  end: number;
  index: number;
  title: string;
}

/** Does the record's [start, end) lie inside the text? (A record that does not is listed, not marked.) */
export function spanFits(r: FigureRecord, text: string): boolean {
  return Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= text.length;
}

/**
 * Text with each span in <mark data-record=i>. Overlapping spans nest; where they cross, the inner
 * mark is closed and reopened with data-cont, so `mark[data-record]:not([data-cont])` is one per record.
 */
export function markText(text: string, spans: Span[], idPrefix = 'r'): string {
  const opens = new Map<number, Span[]>();
  const points = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (!opens.has(s.start)) opens.set(s.start, []);
    opens.get(s.start)!.push(s);
    points.add(s.start);
    points.add(s.end);
  }
  for (const list of opens.values()) list.sort((a, b) => b.end - a.end || a.index - b.index);
  const open = (s: Span, cont: boolean): string =>
    `<mark data-record="${s.index}"${cont ? ' data-cont=""' : ` id="${escapeHtml(idPrefix)}${s.index}"`} title="${escapeHtml(s.title)}">`;
  let out = '';
  let pos = 0;
  const stack: Span[] = [];
  for (const p of [...points].sort((a, b) => a - b)) {
    out += escapeHtml(text.slice(pos, p));
    pos = p;
    if (stack.some((s) => s.end === p)) {
      const reopen: Span[] = [];
      while (stack.some((s) => s.end === p)) {
        const top = stack.pop()!;
        out += '</mark>';
        if (top.end !== p) reopen.unshift(top);
      }
      for (const s of reopen) {
        out += open(s, true);
        stack.push(s);
      }
    }
    for (const s of opens.get(p) ?? []) {
      out += open(s, false);
      stack.push(s);
    }
  }
  return out + escapeHtml(text.slice(pos));
}

const STYLE = `
body{font:15px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa}
header,section{max-width:1280px;margin:0 auto;padding:12px 24px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:16px 0 4px}
.meta{color:#666;font-size:13px;margin:0 0 8px;word-break:break-all}
article{background:#fff;border:1px solid #ddd;border-radius:6px;margin:16px 0;padding:8px 16px}
.cols{display:flex;gap:16px;align-items:flex-start}
.text{flex:1 1 55%;white-space:pre-wrap;line-height:1.9}
.side{flex:1 1 45%;position:sticky;top:0;max-height:90vh;overflow:auto}
mark{background:#ffe58a;border-radius:2px;padding:0 1px}
mark mark{background:#ffc53d}
mark:target,tr:target{outline:2px solid #d4380d}
table{border-collapse:collapse;font-size:13px;width:100%}
th,td{border-bottom:1px solid #eee;padding:2px 6px;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bad{color:#a8071a}
svg text{font-size:12px;fill:#333}
`;

function recordRow(r: FigureRecord, i: number, docIndex: number, fits: boolean): string {
  const id = `d${docIndex}-r${i}`;
  const value = r.value_high != null ? `${humanValue(r.value, r.unit)}–${humanValue(r.value_high, r.unit)}` : humanValue(r.value, r.unit);
  return `<tr id="row-${id}" data-row="${i}"><td><a href="#${id}">${i}</a>${fits ? '' : ' <span class="bad" title="offsets outside the text">⚠</span>'}</td>` +
    `<td>${escapeHtml(r.metric)}<br><small>${escapeHtml(r.aspect)}</small></td>` +
    `<td class="num" title="${escapeHtml(plainNumber(r.value))} ${escapeHtml(r.unit)}">${escapeHtml(value)}${r.approx ? `<br><small>${escapeHtml(r.approx)}</small>` : ''}</td>` +
    `<td>${escapeHtml(r.period ?? '—')}${r.period_text ? `<br><small>${escapeHtml(r.period_text)}</small>` : ''}</td>` +
    `<td>${escapeHtml(r.region ?? '—')}${r.scope ? `<br><small>${escapeHtml(r.scope)}</small>` : ''}</td></tr>`;
}

function tableOfTotals(rows: TotalRow[]): string {
  if (rows.length === 0) return '<p>No figures.</p>';
  const body = rows.map((r) =>
    `<tr><td>${escapeHtml(r.region ?? '—')}</td><td>${escapeHtml(r.period ?? '—')}</td><td>${escapeHtml(r.metric)}</td>` +
    `<td class="num" title="${escapeHtml(plainNumber(r.total))} ${escapeHtml(r.unit)}">${escapeHtml(humanValue(r.total, r.unit))}</td>` +
    `<td class="num">${r.figures}</td><td class="num">${r.docs}</td></tr>`).join('\n');
  return `<table id="totals-table"><thead><tr><th>region</th><th>period</th><th>metric</th><th>total</th><th>figures</th><th>articles</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Horizontal bars: for each region (and currency), one bar per period of signed.investment. */
export function signedInvestmentChart(rows: TotalRow[]): string {
  const data = rows.filter((r) => r.metric === 'signed.investment');
  if (data.length === 0) return '<p>No signed investment figures to chart.</p>';
  const groups = new Map<string, TotalRow[]>();
  for (const r of data) {
    const key = `${r.region ?? '(region unknown)'}  ·  ${r.unit}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  const max = new Map<string, number>();
  for (const r of data) max.set(r.unit, Math.max(max.get(r.unit) ?? 0, Math.abs(r.total)));
  const labelW = 230;
  const barW = 480;
  const rowH = 20;
  let y = 4;
  const parts: string[] = [];
  for (const [key, list] of groups) {
    parts.push(`<text x="0" y="${y + 14}" font-weight="bold">${escapeHtml(key)}</text>`);
    y += rowH;
    for (const r of list) {
      const w = max.get(r.unit) ? Math.max(1, Math.round((Math.abs(r.total) / max.get(r.unit)!) * barW)) : 1;
      parts.push(
        `<g data-bar="" data-region="${escapeHtml(r.region ?? '')}" data-period="${escapeHtml(r.period ?? '')}" data-value="${escapeHtml(plainNumber(r.total))}">` +
          `<text x="16" y="${y + 14}">${escapeHtml(r.period ?? 'period unknown')}</text>` +
          `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="#4e79a7"><title>${escapeHtml(`${r.region ?? ''} ${r.period ?? ''} ${humanValue(r.total, r.unit)}`)}</title></rect>` +
          `<text x="${labelW + w + 6}" y="${y + 14}">${escapeHtml(humanValue(r.total, r.unit))}</text></g>`,
      );
      y += rowH;
    }
    y += 6;
  }
  const width = labelW + barW + 120;
  return `<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" role="img" aria-label="signed investment by period per region">${parts.join('')}</svg>`;
}

export interface ReportWriter {
  header(): string;
  document(d: ReportDocument): string;
  footer(): string;
}

export function createReportWriter(title = 'zhaoshang report'): ReportWriter {
  const totals = new FigureTotals();
  let docIndex = 0;
  let records = 0;
  return {
    header: () =>
      `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n` +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style></head>\n<body>\n` +
      `<header><h1>${escapeHtml(title)}</h1><p class="meta">Every extracted figure is highlighted in its article, with its record beside it. ` +
      `<a href="#totals">Totals and chart</a> are at the end.</p></header>\n<section id="articles">\n`,
    document(d) {
      docIndex++;
      const text = d.text ?? '';
      records += d.records.length;
      totals.add(d.records, d.text);
      const spans: Span[] = [];
      d.records.forEach((r, i) => {
        if (spanFits(r, text)) {
          spans.push({ start: r.start, end: r.end, index: i, title: `${r.metric} ${r.aspect} ${humanValue(r.value, r.unit)} · ${r.period ?? '—'} · ${r.region ?? '—'}` });
        }
      });
      const rows = d.records.map((r, i) => recordRow(r, i, docIndex, spanFits(r, text))).join('\n');
      const meta = [d.doc, d.published ? `published ${d.published}` : null, d.url].filter(Boolean).map(escapeHtml).join(' · ');
      return `<article id="doc-${docIndex}" data-doc="${escapeHtml(d.doc)}" data-records="${d.records.length}">\n` +
        `<h2>${escapeHtml(d.title ?? d.doc)}</h2><p class="meta">${meta} · ${d.records.length} figure(s)</p>\n` +
        `<div class="cols"><div class="text">${markText(text, spans, `d${docIndex}-r`)}</div>\n` +
        `<div class="side"><table><thead><tr><th>#</th><th>metric</th><th>value</th><th>period</th><th>region · scope</th></tr></thead><tbody>\n${rows}\n</tbody></table></div></div>\n</article>\n`;
    },
    footer() {
      const rows = totals.rows();
      return `</section>\n<section id="totals"><h2>Totals per region and period</h2>\n` +
        `<p class="meta">${docIndex} article(s), ${records} figure(s). Sums of <code>value</code> figures per region, period, metric and unit; ` +
        `currencies are never added together; ${totals.breakdowns} 其中 breakdown figure(s) left out (their whole is counted).</p>\n` +
        `${tableOfTotals(rows)}\n<h2>Signed investment by period per region</h2>\n${signedInvestmentChart(rows)}\n</section>\n</body></html>\n`;
    },
  };
}
