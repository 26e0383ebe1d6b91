// Width, traditional → simplified, pinyin glosses, whitespace.
// STUB (foundation): replaced by the normalize-stage implementation.
export function normalizeText(s: string): string {
  return s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
