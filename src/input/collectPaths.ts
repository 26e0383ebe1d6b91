// Paths and folders as given → the article files to read, in sorted order, plus what can't be read.
import fs from 'node:fs';
import path from 'node:path';

/** Extensions read when walking a folder; a file named explicitly is read whatever its name. */
export const ARTICLE_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.markdown'] as const;

export interface InputFailure {
  doc: string;
  reason: string;
}

export interface CollectedPaths {
  files: string[];
  failures: InputFailure[];
  /** Files inside folders passed over because of their extension (reported in the summary). */
  skipped: string[];
}

export function isArticlePath(p: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(p).toLowerCase());
}

/** Walks folders recursively; `-` is kept as is for stdin. Sorted so output never depends on argument order. */
export function collectPaths(paths: string[]): CollectedPaths {
  const files = new Set<string>();
  const failures: InputFailure[] = [];
  const skipped: string[] = [];
  const seenDirs = new Set<string>();

  const walk = (dir: string): void => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      failures.push({ doc: dir, reason: describeFsError(e) });
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or the same folder twice
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      failures.push({ doc: dir, reason: describeFsError(e) });
      return;
    }
    for (const ent of entries) {
      const p = path.join(dir, ent.name);
      // The folder listing already says what a plain file or folder is: a stat per file cost a
      // folder of 20,000 articles 20,000 system calls and ~30 MB of Stats garbage. A symbolic link
      // (followed) and anything else is stat'ed as before.
      let st: Pick<fs.Stats, 'isDirectory' | 'isFile' | 'isFIFO' | 'isSocket'> = ent;
      if (!ent.isFile() && !ent.isDirectory()) {
        try {
          st = fs.statSync(p);
        } catch (e) {
          failures.push({ doc: p, reason: describeFsError(e) });
          continue;
        }
      }
      if (st.isDirectory()) walk(p);
      else if (!isArticlePath(p)) skipped.push(p);
      else if (st.isFile()) files.add(p);
      else failures.push({ doc: p, reason: `not a regular file (${st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : 'device'})` });
    }
  };

  for (const p of paths) {
    if (p === '-') {
      files.add('-');
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      failures.push({ doc: p, reason: describeFsError(e) });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.add(p);
  }
  const sorted = [...files].sort(comparePaths);
  return { files: sorted, failures: failures.sort((a, b) => comparePaths(a.doc, b.doc)), skipped: skipped.sort(comparePaths) };
}

/** Code-unit order, stable across locales. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One line, without the path (the caller puts the input's name in front). */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symbolic link loop';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ENAMETOOLONG': return 'path too long';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    case 'ENXIO': return 'no device behind this special file';
    default: return (err?.message ?? String(e)).split('\n')[0];
  }
}

/** What kind of non-regular file a stat describes, for "not a regular file (FIFO)". */
export function specialFileKindOf(st: fs.Stats): string {
  if (st.isFIFO()) return 'FIFO';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  if (st.isDirectory()) return 'folder';
  if (st.isSymbolicLink()) return 'symbolic link';
  return 'special file';
}
