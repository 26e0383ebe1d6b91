// The peer: Microsoft Recognizers-Text (JavaScript suite 1.3.1, culture zh-cn) recognizing numbers,
// currency amounts and percentages sentence by sentence over the same text: the closest maintained
// off-the-shelf tool for "find the figures in Chinese text". Used through its documented functions.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { ScanResult } from './floorScan.js';

interface Suite {
  Culture: { Chinese: string };
  recognizeNumber(s: string, culture: string): unknown[];
  recognizeCurrency(s: string, culture: string): unknown[];
  recognizePercentage(s: string, culture: string): unknown[];
}

/** Sentences as the peer is fed them: split after 。！？ and at line ends. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？!?])|\n/).map((s) => s.trim()).filter(Boolean);
}

/** Scans files until all are done or `budgetSeconds` has passed (the peer is slow); counts what it did. */
export function peerScan(files: string[], budgetSeconds: number): ScanResult & { loadSeconds: number } {
  const t0 = performance.now();
  const suite = createRequire(import.meta.url)('@microsoft/recognizers-text-suite') as Suite;
  const culture = suite.Culture.Chinese;
  // Warm-up (its models are built lazily on first use): not charged to the per-article rate.
  suite.recognizeNumber('签约项目3个', culture);
  suite.recognizeCurrency('总投资5亿元', culture);
  suite.recognizePercentage('增长5%', culture);
  const loadSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  let bytes = 0;
  let matches = 0;
  let articles = 0;
  for (const f of files) {
    const buf = fs.readFileSync(f);
    for (const s of sentencesOf(buf.toString('utf8'))) {
      matches += suite.recognizeNumber(s, culture).length + suite.recognizeCurrency(s, culture).length + suite.recognizePercentage(s, culture).length;
    }
    bytes += buf.length;
    articles++;
    if ((performance.now() - t1) / 1000 > budgetSeconds) break;
  }
  return { articles, bytes, seconds: (performance.now() - t1) / 1000, matches, loadSeconds };
}
