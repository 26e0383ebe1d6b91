// The floor: what Node needs just to read the same files, decode them and scan them once with a
// trivial regex (money amounts). Nothing we do per article can be cheaper than this.
import fs from 'node:fs';

export interface ScanResult {
  articles: number;
  bytes: number;
  seconds: number;
  matches: number;
}

export function floorScan(files: string[]): ScanResult {
  const decoder = new TextDecoder('utf-8');
  const re = /\d+(?:\.\d+)?[万亿]?元/g;
  const t0 = performance.now();
  let bytes = 0;
  let matches = 0;
  for (const f of files) {
    const buf = fs.readFileSync(f);
    bytes += buf.length;
    const text = decoder.decode(buf);
    for (const _ of text.matchAll(re)) matches++;
  }
  return { articles: files.length, bytes, seconds: (performance.now() - t0) / 1000, matches };
}
