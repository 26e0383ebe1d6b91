// `--rules DIR`: DIR/<table>.tsv rows are appended to the built-in table <table>. Checked before
// anything is read, so a bad table stops the run with `file:line` and exit 2, not per article.
import fs from 'node:fs';
import path from 'node:path';
import { ZhaoshangError } from '../model.js';
import { builtinRulesDir, builtinTableNames, parseTable, setExtraRulesDirs } from '../rules/ruleTables.js';

export function applyRules(dir: string | undefined): void {
  if (!dir) return;
  let entries: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a folder');
    entries = fs.readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message;
    throw new ZhaoshangError(`--rules ${dir}: ${why}`, 'usage');
  }
  setExtraRulesDirs([dir]);
  const known = builtinTableNames();
  for (const f of entries) {
    const file = path.join(dir, f);
    const name = f.slice(0, -'.tsv'.length);
    if (!known.includes(name)) {
      throw new ZhaoshangError(`${file}:1: no built-in table named "${name}" (tables: ${known.join(', ') || 'none'})`, 'rules');
    }
    // Same header as the built-in table, same cell counts; the stage's own row checks run when it loads the table.
    parseTable(file, fs.readFileSync(file, 'utf8'), headerOf(fs.readFileSync(path.join(builtinRulesDir(), f), 'utf8')));
  }
}

function headerOf(content: string): string[] {
  for (const line of content.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() && !line.trimStart().startsWith('#')) return line.split('\t').map((c) => c.trim());
  }
  return [];
}
