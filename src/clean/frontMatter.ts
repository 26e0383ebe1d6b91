// YAML-style front matter at the top of Markdown / text exports:
//   ---
//   title: '某区招商引资…'
//   date: Thu, 18 Nov 2021 08:50:53 GMT
//   categories:
//    - 新媒体
//   ---
// Only flat `key: value` lines are read (quoted or not); list items and nested blocks are
// skipped. Not a YAML parser on purpose: exports put unquoted colons and odd values in here.

export interface FrontMatter {
  /** Lower-cased keys → scalar values, unquoted. */
  fields: Map<string, string>;
  /** The text after the closing `---`. */
  body: string;
}

// The block must start on the very first line; the closing fence may be `---` or `...`.
const FENCED = /^\uFEFF?\s*---[ \t]*\r?\n(?<block>[\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Front matter and the rest, or null when the text has none. */
export function frontMatterOf(text: string): FrontMatter | null {
  // Bounded search: front matter is short, and a lone `---` deep in a long text is a rule line.
  const m = FENCED.exec(text.slice(0, 20000));
  if (!m?.groups) return null;
  const fields = new Map<string, string>();
  for (const line of m.groups.block.split(/\r?\n/)) {
    const kv = /^(?<key>[A-Za-z_][\w-]*)\s*:\s*(?<value>.*)$/.exec(line);
    if (!kv?.groups) continue; // list item (` - x`), continuation or comment
    const value = unquoted(kv.groups.value.trim());
    if (value && !value.startsWith('[') && !value.startsWith('{')) fields.set(kv.groups.key.toLowerCase(), value);
  }
  if (fields.size === 0 && !/^\s*$/.test(m.groups.block)) return null;
  return { fields, body: text.slice(m[0].length) };
}

function unquoted(v: string): string {
  const q = /^(?<quote>["'])(?<inner>.*)\k<quote>$/.exec(v);
  if (!q?.groups) return v;
  // YAML single quotes escape a quote by doubling it.
  return q.groups.quote === "'" ? q.groups.inner.replace(/''/g, "'") : q.groups.inner.replace(/\\"/g, '"');
}

/** The first present key among `keys`. */
export function fieldOf(fm: FrontMatter, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = fm.fields.get(k);
    if (v) return v;
  }
  return null;
}
