// A benchmark corpus from our own fixture articles: N "seed-sized" articles (5–9 KB of UTF-8, as
// the real reports in ../shared/seeds are), each a title and dateline from one fixture followed by
// paragraphs drawn from the fixtures of the same script (simplified or traditional), shuffled, with
// every number changed. Deterministic for a seed.
import fs from 'node:fs';
import path from 'node:path';

export interface CorpusOptions {
  articles: number;
  /** Fixture folder (default fixtures/articles). */
  from: string;
  seed?: number;
  minBytes?: number;
  maxBytes?: number;
}

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** mulberry32: a small deterministic PRNG, so one seed gives one corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Seed {
  head: string[];
  paragraphs: string[];
  traditional: boolean;
}

/** Common characters that exist only in traditional script: a fixture with them is a traditional one. */
const TRADITIONAL = /[這為個資萬億們會與發經濟項簽區實際產業開設計劃]/;

/** A fixture: its first two lines (title, dateline) and its body paragraphs. */
function seedOf(text: string): Seed {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { head: lines.slice(0, 2), paragraphs: lines.slice(2), traditional: TRADITIONAL.test(text) };
}

/** Every Arabic number replaced by another of the same shape: 216.5 → 483.1, 48 → 27; years kept. */
export function varyNumbers(s: string, rand: () => number): string {
  return s.replace(/\d+(?:\.\d+)?/g, (m) => {
    if (/^(19|20)\d\d$/.test(m)) return m;
    return m.replace(/\d/g, (d, i: number) => (i === 0 && d !== '0' ? String(1 + Math.floor(rand() * 9)) : String(Math.floor(rand() * 10))));
  });
}

export function buildCorpus(dir: string, opts: CorpusOptions): Corpus {
  const rand = prng(opts.seed ?? 20240601);
  const minBytes = opts.minBytes ?? 5000;
  const maxBytes = opts.maxBytes ?? 9000;
  const seeds = fs.readdirSync(opts.from).filter((f) => /\.(txt|md)$/.test(f)).sort()
    .map((f) => seedOf(fs.readFileSync(path.join(opts.from, f), 'utf8')))
    .filter((s) => s.head.length > 0);
  if (seeds.length === 0) throw new Error(`no fixture articles in ${opts.from}`);
  // An article keeps to one script, as real ones do: a simplified report never quotes a Taiwan one.
  const pools = new Map<boolean, string[]>([true, false].map((t) => [t, seeds.filter((s) => s.traditional === t).flatMap((s) => s.paragraphs)]));
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  const width = String(opts.articles).length;
  for (let i = 0; i < opts.articles; i++) {
    const seed = seeds[Math.floor(rand() * seeds.length)];
    const head = seed.head;
    const pool = pools.get(seed.traditional)!.length > 0 ? pools.get(seed.traditional)! : seed.paragraphs;
    const target = minBytes + Math.floor(rand() * (maxBytes - minBytes));
    const parts = [...head];
    let size = Buffer.byteLength(parts.join('\n'));
    while (size < target && pool.length > 0) {
      const p = varyNumbers(pool[Math.floor(rand() * pool.length)], rand);
      const b = Buffer.byteLength(p) + 1;
      if (size + b > maxBytes) break;
      parts.push(p);
      size += b;
    }
    const file = path.join(dir, `${String(i).padStart(width, '0')}.txt`);
    const text = parts.join('\n') + '\n';
    fs.writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}
