// Rule tables are data: TSV files in src/rules/ with a header row, `#` comment lines and (by
// convention) an `example` column that tests check. Analysts add rows with `--rules DIR`: a file
// DIR/<name>.tsv with the same header is appended to the built-in table <name>.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZhaoshangError } from '../model.js';

export type RuleRow = Record<string, string> & { readonly __source: string };

/** The folder holding the built-in .tsv tables (src/rules, whether running from src/ or dist/). */
export function builtinRulesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'src', 'rules');
    dir = path.dirname(dir);
  }
  throw new ZhaoshangError('cannot find the built-in rule tables (src/rules)', 'internal');
}

let extraDirs: string[] = [];
const cache = new Map<string, RuleRow[]>();

/** Called once by the CLI (and each worker) before any table is read. */
export function setExtraRulesDirs(dirs: string[]): void {
  extraDirs = [...dirs];
  cache.clear();
}

export function extraRulesDirs(): string[] {
  return [...extraDirs];
}

/** Parses one TSV table; errors name `file:line`. */
export function parseTable(source: string, content: string, expectHeader?: string[]): RuleRow[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: RuleRow[] = [];
  lines.forEach((line, i) => {
    const where = `${source}:${i + 1}`;
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      if (expectHeader && expectHeader.join('\t') !== header.join('\t')) {
        throw new ZhaoshangError(`${where}: header must be "${expectHeader.join('<TAB>')}", got "${header.join('<TAB>')}"`, 'rules');
      }
      return;
    }
    if (cells.length > header.length) {
      throw new ZhaoshangError(`${where}: ${cells.length} cells but the header has ${header.length} columns (tab-separated)`, 'rules');
    }
    const row: Record<string, string> = { __source: where };
    header.forEach((h, j) => { row[h] = cells[j] ?? ''; });
    rows.push(row as RuleRow);
  });
  if (!header) throw new ZhaoshangError(`${source}: no header row`, 'rules');
  return rows;
}

/** Built-in rows of `name`, followed by rows of the same table from every --rules folder. */
export function loadTable(name: string, validate?: (row: RuleRow) => string | null): RuleRow[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const builtinFile = path.join(builtinRulesDir(), `${name}.tsv`);
  const builtinText = fs.readFileSync(builtinFile, 'utf8');
  const builtin = parseTable(`src/rules/${name}.tsv`, builtinText);
  const header = headerOf(builtinText);
  const rows = [...builtin];
  for (const dir of extraDirs) {
    const f = path.join(dir, `${name}.tsv`);
    if (!fs.existsSync(f)) continue;
    rows.push(...parseTable(f, fs.readFileSync(f, 'utf8'), header));
  }
  if (validate) {
    for (const r of rows) {
      const problem = validate(r);
      if (problem) throw new ZhaoshangError(`${r.__source}: ${problem}`, 'rules');
    }
  }
  cache.set(name, rows);
  return rows;
}

function headerOf(content: string): string[] {
  for (const line of content.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() && !line.trimStart().startsWith('#')) return line.split('\t').map((c) => c.trim());
  }
  return [];
}

/** Names of the built-in tables, for `--rules` validation and docs. */
export function builtinTableNames(): string[] {
  return fs.readdirSync(builtinRulesDir()).filter((f) => f.endsWith('.tsv')).map((f) => f.slice(0, -4)).sort();
}

/** Words sorted longest first, regex-escaped, as one alternation: longest match wins. */
export function alternationOf(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
