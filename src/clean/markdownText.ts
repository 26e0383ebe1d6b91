// Markdown body → plain lines: the markup that would otherwise reach the extractors is dropped,
// the words stay. Not a Markdown renderer: only headings, emphasis, links, images, quotes, list
// markers, code fences and table rules, which is what article exports use.

/** One Markdown text → plain text, one block a line. */
export function markdownText(md: string): string {
  return md
    .split(/\r?\n/)
    .filter((line) => !/^\s*(?:```|~~~)/.test(line)) // code fences (their content stays)
    .filter((line) => !/^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/.test(line)) // table rules |---|---|
    .filter((line) => !/^\s*(?:[-*_]\s*){3,}$/.test(line)) // thematic breaks
    .map(markdownLineText)
    .join('\n');
}

/** `## 标题 **重点** [链接](http://x)` → `标题 重点 链接`. */
export function markdownLineText(line: string): string {
  const unlinked = line
    .split('\n')
    .map((part) => linkLabels(linkLabels(part, '!['), '[')) // images keep the alt text (often a caption), links the label
    .join('\n')
    .replace(/^\s{0,3}#{1,6}\s+/, ''); // ATX heading marks
  return withoutClosingHashes(unlinked)
    .replace(/^\s{0,3}>\s?/, '') // block quotes
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, '') // list markers
    .replace(/(?<mark>\*\*|__|~~)(?<inner>\S(?:.*?\S)?)\k<mark>/g, '$<inner>') // bold, strike
    .replace(/(?<![\w*])\*(?<inner>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])/g, '$<inner>') // *italic*
    .replace(/`(?<code>[^`\n]+)`/g, '$<code>')
    .replace(/^\s*\|(?<row>.*)\|\s*$/, (_m, row: string) => row.split('|').map((c) => c.trim()).join(' '));
}

// ---- linear-time helpers ----------------------------------------------------------------------
// The obvious regexes (`\[([^\]]*)\]\([^)]*\)`, `\s+#+\s*$`) rescan the rest of the line from every
// `[` or space when nothing closes it: a megabyte line of `[[[[` or spaces takes minutes. These
// give the same answers in one pass.

/** The first index of `ch` at or after `from`, for calls with non-decreasing `from`; -1 when none. */
function forwardFinder(s: string, ch: string): (from: number) => number {
  let at = -2; // last answer; -2: not searched yet
  return (from) => {
    if (at === -1) return -1;
    if (at < from) at = s.indexOf(ch, from);
    return at;
  };
}

/**
 * `open`label`](`url`)` → label, left to right, as `/!?\[([^\]\n]*)\]\([^)\n]*\)/g` would (`open` is
 * `![` or `[`), on one line without '\n'.
 */
function linkLabels(line: string, open: '![' | '['): string {
  const nextClose = forwardFinder(line, ']');
  const nextParen = forwardFinder(line, ')');
  const out: string[] = [];
  let copied = 0;
  for (let i = line.indexOf(open); i !== -1; ) {
    const close = nextClose(i + open.length);
    if (close === -1) break; // no ']' after this opening, nor after any later one
    if (line[close + 1] === '(') {
      const paren = nextParen(close + 2);
      if (paren === -1) break; // no ')' after this link's '(', nor after any later one
      out.push(line.slice(copied, i), line.slice(i + open.length, close));
      copied = paren + 1;
      i = line.indexOf(open, copied);
    } else {
      i = line.indexOf(open, i + 1);
    }
  }
  if (copied === 0) return line;
  out.push(line.slice(copied));
  return out.join('');
}

/** `标题 ##` → `标题`: what `.replace(/\s+#+\s*$/, '')` does, without rescanning space runs. */
function withoutClosingHashes(line: string): string {
  const isSpace = (c: string) => /\s/.test(c);
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1])) end--;
  let hashes = end;
  while (hashes > 0 && line[hashes - 1] === '#') hashes--;
  if (hashes === end) return line;
  let start = hashes;
  while (start > 0 && isSpace(line[start - 1])) start--;
  return start === hashes ? line : line.slice(0, start);
}
