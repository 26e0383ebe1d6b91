// The report in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// every record highlighted once, nothing fetched from the network, a screenshot to look at.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fixtures, run, tempDir } from './binary.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) console.warn(`report test skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)`);

describe('zhaoshang report in headless Chromium', () => {
  it.skipIf(!haveChromium)('highlights every record once, requests nothing, draws the chart', async () => {
    const dir = tempDir('report');
    const out = path.join(dir, 'report.html');
    const inputs = fs.readdirSync(fixtures).sort().filter((f) => /^(0[1-9]|3[7-9])_/.test(f)).map((f) => path.join(fixtures, f));
    // a hostile title and text must come out as text, not markup
    const hostile = path.join(dir, 'hostile.html');
    fs.writeFileSync(hostile, '<html><head><title>&lt;img src=http://example.com/x.png&gt;</title></head><body><p>2023-11-08 今年1-10月，全区签约项目29个，总投资147.2亿元。&lt;script&gt;fetch("http://example.com")&lt;/script&gt;</p></body></html>');
    const r = run(['report', ...inputs, hostile, '--all', '-o', out, '-q']);
    expect(r.status, r.stderr).toBe(0);
    const ex = run(['extract', ...inputs, hostile, '--all', '--format', 'jsonl', '-q']);
    const records = ex.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(records.length).toBeGreaterThan(20);

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const requests: string[] = [];
      page.on('request', (req) => { if (!req.url().startsWith('file:')) requests.push(req.url()); });
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      await page.goto(`file://${out}`);
      await page.waitForLoadState('networkidle');

      const counts = await page.evaluate(() => ({
        marks: document.querySelectorAll('mark[data-record]:not([data-cont])').length,
        perDoc: [...document.querySelectorAll('article')].map((a) => ({
          doc: a.getAttribute('data-doc'),
          marks: new Set([...a.querySelectorAll('mark[data-record]')].map((m) => m.getAttribute('data-record'))).size,
          rows: a.querySelectorAll('tr[data-row]').length,
        })),
        scripts: document.querySelectorAll('script, img, iframe, link').length,
        bars: document.querySelectorAll('#chart g[data-bar]').length,
        totals: document.querySelectorAll('#totals-table tbody tr').length,
      }));
      expect(counts.marks).toBe(records.length);
      const byDoc = new Map<string, number>();
      for (const x of records) byDoc.set(x.doc, (byDoc.get(x.doc) ?? 0) + 1);
      for (const d of counts.perDoc) {
        expect(d.marks, d.doc!).toBe(byDoc.get(d.doc!) ?? 0);
        expect(d.rows, d.doc!).toBe(byDoc.get(d.doc!) ?? 0);
      }
      expect(counts.scripts).toBe(0);
      // what each mark covers is what the record says it covers
      const marked = await page.evaluate(() =>
        [...document.querySelectorAll('article')].flatMap((a) =>
          [...a.querySelectorAll('mark[data-record]:not([data-cont])')].map((m) => ({ doc: a.getAttribute('data-doc'), i: Number(m.getAttribute('data-record')) }))));
      expect(marked).toHaveLength(records.length);

      const signed = records.filter((x) => x.metric === 'signed.investment' && x.aspect === 'value');
      if (signed.length) expect(counts.bars).toBeGreaterThan(0);
      if (records.some((x) => x.aspect === 'value' && x.metric !== 'other')) expect(counts.totals).toBeGreaterThan(0);

      fs.mkdirSync('test-output', { recursive: true });
      await page.screenshot({ path: 'test-output/report.png', fullPage: false });
      expect(fs.statSync('test-output/report.png').size).toBeGreaterThan(10_000);
      expect(requests).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
