// ../shared holds third-party text (seeds, gold, real pages): read at test time, never copied in.
import fs from 'node:fs';
import path from 'node:path';
import type { CleanDocument } from '../../src/model.js';
import { prepareDocument } from '../../src/pipeline.js';
import type { GoldFile } from '../../src/score/scoreRecords.js';

export const SHARED = path.resolve('../shared');

/** The path under ../shared when it exists, else null (and the caller skips with a message). */
export function sharedPath(...parts: string[]): string | null {
  const p = path.join(SHARED, ...parts);
  return fs.existsSync(p) ? p : null;
}

export const SKIP_NOTE = `skipped: ${SHARED} (seeds, gold, html-pages) is absent`;

export function seedFiles(): string[] {
  const dir = sharedPath('seeds');
  if (!dir) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

export interface SeedCase {
  file: string;
  gold: GoldFile;
  doc: CleanDocument;
}

/** Each seed with its gold file and its prepared (cleaned, normalized) document; [] without ../shared. */
export function seedCases(): SeedCase[] {
  const goldDir = sharedPath('gold');
  const seedDir = sharedPath('seeds');
  if (!goldDir || !seedDir) return [];
  return fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as GoldFile;
    const raw = fs.readFileSync(path.join(seedDir, gold.doc), 'utf8');
    const doc = prepareDocument({ doc: gold.doc, kind: 'text', raw, encoding: 'utf-8', url: null, published: null, title: null });
    return { file, gold, doc };
  });
}

/** Offset of a figure's words in a test text: `12个` is the last occurrence, `12个@2` the second. */
export function offsetOf(text: string, figure: string): number {
  const [words, nth] = figure.split('@');
  if (!nth) return text.lastIndexOf(words);
  let at = -1;
  for (let i = 0; i < Number(nth); i++) at = text.indexOf(words, at + 1);
  return at;
}
