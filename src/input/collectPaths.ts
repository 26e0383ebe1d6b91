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

/** What a walk meets: a file to read, a file passed over for its extension, or one it cannot read. */
export type WalkEntry =
  /** An article file in a folder, or a path named as an argument whatever its name (or `-`). */
  | { file: string }
  /** A file in a folder whose extension is not an article's. */
  | { skipped: string }
  | { failure: InputFailure };

type Listed = { key: string; path: string; folder: boolean; entry: WalkEntry | null };

/**
 * Where a named path's files sort among all the run's paths: a folder's files all start with
 * `folder/` (as path.join writes it), a named file is the path as given.
 */
function sortKeyOfArgument(p: string, folder: boolean): string {
  return folder ? path.join(p, 'x').slice(0, -1) : p;
}

/**
 * Every entry of the walk, one folder listing at a time, so that memory holds the listings of the
 * folders on the current path rather than every path of the corpus (a million articles in folders
 * cost collectPaths ~190 MB of heap). The files come in the code-unit order of their paths whenever
 * no argument lies inside another's folder (argumentsAreApart): siblings are visited in the order
 * of their names, a folder's as `name/`, which is where its files sort. The arguments are walked in
 * that order too, so a folder reached twice (a symbolic link) is listed under the same path
 * whatever the order of the arguments.
 */
export function* walkEntries(paths: string[]): Generator<WalkEntry> {
  const seenDirs = new Set<string>();

  function* walk(dir: string): Generator<WalkEntry> {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      yield { failure: { doc: dir, reason: describeFsError(e) } };
      return;
    }
    if (seenDirs.has(real)) return; // symlink loop or the same folder twice
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      yield { failure: { doc: dir, reason: describeFsError(e) } };
      return;
    }
    const listed: Listed[] = [];
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
          listed.push({ key: ent.name, path: p, folder: false, entry: { failure: { doc: p, reason: describeFsError(e) } } });
          continue;
        }
      }
      if (st.isDirectory()) listed.push({ key: `${ent.name}/`, path: p, folder: true, entry: null });
      else if (!isArticlePath(p)) listed.push({ key: ent.name, path: p, folder: false, entry: { skipped: p } });
      else if (st.isFile()) listed.push({ key: ent.name, path: p, folder: false, entry: { file: p } });
      else {
        const reason = `not a regular file (${st.isFIFO() ? 'FIFO' : st.isSocket() ? 'socket' : 'device'})`;
        listed.push({ key: ent.name, path: p, folder: false, entry: { failure: { doc: p, reason } } });
      }
    }
    entries = [];
    listed.sort((a, b) => comparePaths(a.key, b.key));
    for (const l of listed) {
      if (l.folder) yield* walk(l.path);
      else yield l.entry!;
    }
  }

  for (const arg of namedInOrder(paths)) {
    if ('failure' in arg) yield arg;
    else if (arg.folder) yield* walk(arg.path);
    else yield { file: arg.path };
  }
}

type Named = { path: string; folder: boolean; key: string } | { failure: InputFailure };

/** The arguments, stat'ed, in the order their files sort (a path that cannot be stat'ed is a failure). */
function namedInOrder(paths: string[]): Named[] {
  const named: Named[] = [];
  for (const p of paths) {
    if (p === '-') {
      named.push({ path: '-', folder: false, key: '-' });
      continue;
    }
    try {
      const folder = fs.statSync(p).isDirectory();
      named.push({ path: p, folder, key: sortKeyOfArgument(p, folder) });
    } catch (e) {
      named.push({ failure: { doc: p, reason: describeFsError(e) } });
    }
  }
  const keyOf = (n: Named): string => ('failure' in n ? n.failure.doc : n.key);
  return named.sort((a, b) => comparePaths(keyOf(a), keyOf(b)));
}

/**
 * Whether walkEntries(paths) lists the files already in order and each once: no argument is inside
 * another's folder and none is given twice (then one's key would start with another's).
 */
export function argumentsAreApart(paths: string[]): boolean {
  const keys = namedInOrder(paths).flatMap((n) => ('failure' in n ? [] : [n.key]));
  for (let i = 1; i < keys.length; i++) if (keys[i].startsWith(keys[i - 1])) return false;
  return true;
}

/** Walks folders recursively; `-` is kept as is for stdin. Sorted so output never depends on argument order. */
export function collectPaths(paths: string[]): CollectedPaths {
  const files = new Set<string>();
  const failures: InputFailure[] = [];
  const skipped: string[] = [];
  for (const e of walkEntries(paths)) {
    if ('file' in e) files.add(e.file);
    else if ('skipped' in e) skipped.push(e.skipped);
    else failures.push(e.failure);
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
