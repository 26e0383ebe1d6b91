// ../shared holds third-party text (seeds, gold, real pages): read at test time, never copied in.
import fs from 'node:fs';
import path from 'node:path';

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
