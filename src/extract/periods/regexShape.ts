// What a regex source says about its matches, read from the syntax of non-unicode patterns:
// groups, lookarounds, classes, escapes, alternation and the quantifiers ? * + {n} {n,} {n,m}
// (greedy or lazy). Used to scan period patterns only where they can match (anchorScan.ts); any
// syntax not read here makes the answers the safe ones (unbounded, any first character).

type Atom =
  | { t: 'char'; code: number }
  /** One code unit of a class, an escape like \d, or `.`: which ones is not worked out. */
  | { t: 'unit' }
  | { t: 'group'; alt: Alt }
  /** A lookaround, ^, $, \b: spans nothing. */
  | { t: 'zero' }
  /** A backreference: as long as its group's match. */
  | { t: 'backref' };

interface Item {
  atom: Atom;
  min: number;
  max: number;
}
type Alt = Item[][];

const UNREAD = Symbol('unread syntax');

function unread(): never {
  throw UNREAD;
}

/** The source's syntax tree, or null when it uses syntax not read here. */
function parse(source: string): Alt | null {
  let i = 0;
  const alternation = (): Alt => {
    const branches = [sequence()];
    while (source[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches;
  };
  const sequence = (): Item[] => {
    const items: Item[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = atomAt();
      items.push({ atom, ...quantifier() });
    }
    return items;
  };
  const quantifier = (): { min: number; max: number } => {
    const c = source[i];
    let q = { min: 1, max: 1 };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
      if (!m) return q; // a literal brace, read as the next atom
      i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]) };
    } else return q;
    i++;
    if (source[i] === '?') i++; // lazy
    return q;
  };
  const atomAt = (): Atom => {
    const c = source[i];
    if (c === '(') {
      i++;
      let look = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (i += 2), (look = true);
      else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (i += 3), (look = true);
      else if (source.startsWith('?<', i)) {
        const close = source.indexOf('>', i);
        if (close < 0) unread();
        i = close + 1;
      } else if (source[i] === '?') unread();
      const alt = alternation();
      if (source[i] !== ')') unread();
      i++;
      return look ? { t: 'zero' } : { t: 'group', alt };
    }
    if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      // (`[]` and `[^]` close at once, as in JS: nothing, or any one unit.)
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (i >= source.length) unread();
      i++;
      return { t: 'unit' };
    }
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) unread();
      i += 2;
      if (e === 'k' || (e >= '1' && e <= '9')) return { t: 'backref' };
      if (e === 'b' || e === 'B') return { t: 'zero' };
      if (e === 'u' && source[i] === '{') unread(); // only in unicode patterns
      if (e === 'u') i += 4;
      else if (e === 'x') i += 2;
      else if (e === 'c') i += 1;
      // An escaped punctuation mark is that character; letters stand for classes or controls.
      return /[^A-Za-z0-9]/.test(e) ? { t: 'char', code: e.charCodeAt(0) } : { t: 'unit' };
    }
    i++;
    if (c === '^' || c === '$') return { t: 'zero' };
    if (c === '.') return { t: 'unit' };
    return { t: 'char', code: c.charCodeAt(0) };
  };
  try {
    const alt = alternation();
    return i === source.length ? alt : null;
  } catch (e) {
    if (e === UNREAD) return null;
    throw e;
  }
}

function longestOf(alt: Alt): number {
  let best = 0;
  for (const seq of alt) {
    let total = 0;
    for (const { atom, max } of seq) {
      const one = atom.t === 'group' ? longestOf(atom.alt) : atom.t === 'zero' ? 0 : atom.t === 'backref' ? Infinity : 1;
      total += one === 0 || max === 0 ? 0 : one * max;
    }
    best = Math.max(best, total);
  }
  return best;
}

/**
 * The most UTF-16 code units any match of the regex source can span (lookarounds span none), or
 * Infinity when a quantifier is unbounded, a backreference is used, or the syntax is not read here.
 */
export function maxMatchLength(source: string): number {
  const alt = parse(source);
  return alt ? longestOf(alt) : Infinity;
}

/** The code units a match can open with, plus whether it can be empty; null: any unit. */
function firstOf(alt: Alt): { codes: Set<number>; empty: boolean } | null {
  const codes = new Set<number>();
  let empty = false;
  for (const seq of alt) {
    let seqEmpty = true;
    for (const { atom, min, max } of seq) {
      if (max === 0 || atom.t === 'zero') continue;
      if (atom.t === 'unit' || atom.t === 'backref') return null;
      let atomEmpty = false;
      if (atom.t === 'char') codes.add(atom.code);
      else {
        const inner = firstOf(atom.alt);
        if (!inner) return null;
        for (const c of inner.codes) codes.add(c);
        atomEmpty = inner.empty;
      }
      if (min > 0 && !atomEmpty) {
        seqEmpty = false;
        break;
      }
    }
    empty ||= seqEmpty;
  }
  return { codes, empty };
}

/**
 * The code units any non-empty match of the source can open with, sorted; null when that is not
 * sure (a class or an escape such as \d can open a match, or syntax not read here). A pattern that
 * opens with a few known characters is one the regex engine scans fast by itself.
 */
export function firstUnitsOf(source: string): string | null {
  const alt = parse(source);
  const first = alt && firstOf(alt);
  return first ? String.fromCharCode(...[...first.codes].sort((a, b) => a - b)) : null;
}
