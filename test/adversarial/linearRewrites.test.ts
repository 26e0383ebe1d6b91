// The linear-time rewrites of issue 5 against the regexes they replace: same answers on random
// Markdown-ish lines, and HTML nesting capped only where it is deeper than MAX_DEPTH.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownLineText, markdownText } from '../../src/clean/markdownText.js';
import { MAX_DEPTH, htmlMainText, shallowHtml } from '../../src/clean/htmlMainText.js';
import { RUNS } from './arbitraries.js';

/** markdownLineText as it was written with regexes only (quadratic on `[[[[` and long space runs). */
function referenceLineText(line: string): string {
  return line
    .replace(/!\[(?<alt>[^\]\n]*)\]\([^)\n]*\)/g, '$<alt>')
    .replace(/\[(?<label>[^\]\n]*)\]\([^)\n]*\)/g, '$<label>')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, '')
    .replace(/(?<mark>\*\*|__|~~)(?<inner>\S(?:.*?\S)?)\k<mark>/g, '$<inner>')
    .replace(/(?<![\w*])\*(?<inner>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])/g, '$<inner>')
    .replace(/`(?<code>[^`\n]+)`/g, '$<code>')
    .replace(/^\s*\|(?<row>.*)\|\s*$/, (_m, row: string) => row.split('|').map((c) => c.trim()).join(' '));
}
const REFERENCE_TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const TABLE_RULE_NOW = (line: string) => markdownText(`x\n${line}\nx`) === 'x\nx';

const markdownish = fc.string({
  unit: fc.constantFrom('[', ']', '(', ')', '!', '#', ' ', '\t', '\n', '-', ':', '|', '*', '_', '~', '`', '>', 'a', '签', '1', '.'),
  maxLength: 60,
});

describe('Markdown rewrites give the regexes\' answers', () => {
  it('markdownLineText', () => {
    fc.assert(fc.property(markdownish, (line) => {
      expect(markdownLineText(line)).toBe(referenceLineText(line));
    }), RUNS(3000));
  });

  it('table rule lines', () => {
    fc.assert(
      fc.property(markdownish.filter((l) => !l.includes('\n') && !/^\s*(?:```|~~~)/.test(l) && !/^\s*(?:[-*_]\s*){3,}$/.test(l)), (line) => {
        expect(TABLE_RULE_NOW(line)).toBe(REFERENCE_TABLE_RULE.test(line));
      }),
      RUNS(3000),
    );
  });

  it('a megabyte of `[`, `![` or spaces on one line is read through to its last character', () => {
    // No clock: backtracking on a megabyte would take minutes and trip the test timeout.
    for (const unit of ['[', '![', ' ', '\t', '[签约](', '|---']) {
      expect(markdownText(`${unit.repeat(Math.ceil((1 << 20) / unit.length))}x`).trimEnd().endsWith('x'), unit).toBe(true);
    }
  });
});

describe('shallowHtml', () => {
  const page = fc.tuple(fc.integer({ min: 1, max: MAX_DEPTH - 10 }), fc.constantFrom('div', 'p', 'span', 'li', 'font'), fc.string({ maxLength: 30 }));

  it('leaves pages shallower than MAX_DEPTH as written', () => {
    fc.assert(
      fc.property(page, ([n, tag, t]) => {
        const html = `<html><body>${`<${tag} class="c">`.repeat(n)}${t}${`</${tag}>`.repeat(n)}<script>${'<div>'.repeat(MAX_DEPTH * 2)}</script></body></html>`;
        expect(shallowHtml(html)).toBe(html);
      }),
      RUNS(50),
    );
  });

  it('caps deeper pages and keeps their text and lines', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>签约项目3个</p><p>总投资5亿元</p>${'</div>'.repeat(5000)}<p>尾段</p></body></html>`;
    const capped = shallowHtml(html);
    expect(capped.length).toBeLessThan(html.length);
    expect(htmlMainText(html).body.split('\n')).toEqual(expect.arrayContaining(['签约项目3个', '总投资5亿元']));
  });
});
