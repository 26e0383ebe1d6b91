// Markdown body → plain lines: the markup that would otherwise reach the extractors is dropped,
// the words stay. Not a Markdown renderer: only headings, emphasis, links, images, quotes, list
// markers, code fences and table rules, which is what article exports use.

/** One Markdown text → plain text, one block a line. */
export function markdownText(md: string): string {
  return md
    .split(/\r?\n/)
    .filter((line) => !/^\s*(?:```|~~~)/.test(line)) // code fences (their content stays)
    .filter((line) => !/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) // table rules |---|---|
    .filter((line) => !/^\s*(?:[-*_]\s*){3,}$/.test(line)) // thematic breaks
    .map(markdownLineText)
    .join('\n');
}

/** `## 标题 **重点** [链接](http://x)` → `标题 重点 链接`. */
export function markdownLineText(line: string): string {
  return line
    .replace(/!\[(?<alt>[^\]\n]*)\]\([^)\n]*\)/g, '$<alt>') // images: keep the alt text (often a caption)
    .replace(/\[(?<label>[^\]\n]*)\]\([^)\n]*\)/g, '$<label>') // links: keep the label
    .replace(/^\s{0,3}#{1,6}\s+/, '') // ATX heading marks
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}>\s?/, '') // block quotes
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/, '') // list markers
    .replace(/(?<mark>\*\*|__|~~)(?<inner>\S(?:.*?\S)?)\k<mark>/g, '$<inner>') // bold, strike
    .replace(/(?<![\w*])\*(?<inner>[^*\s](?:[^*]*[^*\s])?)\*(?![\w*])/g, '$<inner>') // *italic*
    .replace(/`(?<code>[^`\n]+)`/g, '$<code>')
    .replace(/^\s*\|(?<row>.*)\|\s*$/, (_m, row: string) => row.split('|').map((c) => c.trim()).join(' '));
}
