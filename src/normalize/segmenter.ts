// Word segmentation (nodejieba) for the labeller: "is this keyword a whole word here?".
// 在建 must not fire inside 正在建设, nor 外资 inside 外资企业, nor 注册 inside 注册资本.
// nodejieba is a native addon that takes ~0.1 s to load its (trimmed) dictionaries, so it is loaded
// once per process and only when a sentence actually needs segmenting; each sentence is segmented
// at most once (small cache). Domain words (src/rules/userdict.utf8, plus words the labeller
// registers) keep compounds such as 签约项目 or 市外资金 in one piece.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { builtinRulesDir, extraRulesDirs } from '../rules/ruleTables.js';
import { jiebaDictPaths, keywordDicts } from './jiebaDict.js';

export interface Token {
  word: string;
  start: number;
  end: number; // exclusive
}

interface Jieba {
  load(opts: ReturnType<typeof jiebaDictPaths>): void;
  cut(sentence: string, strict?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: Jieba | null = null;
let loadFailed = false;
const domainWords = new Set<string>();
/**
 * The words registered as domain words (addDomainWords), in order: insertWord() gives each the
 * dictionary's median weight. When they are exactly the labeller's built-in keywords, nodejieba
 * instead loads keywordDicts() (the dictionary without the lines that only hold its median in place,
 * the keywords listed at that median), so `baked` and no insertWord(); a word registered later
 * reloads the full trimmed dictionary and replays them all (keywordsOnly: not again).
 */
const registered: string[] = [];
let baked = false;
let keywordsOnly = false;
const cache = new Map<string, Token[] | null>();
const CACHE_LIMIT = 512;
/**
 * Adjacent characters of every word of the segmenter's dictionaries that is not a
 * domain word. jieba, as called here (no HMM), cuts a text into dictionary words and single
 * characters only, and a domain word may be cut into; so where no such word holds the characters
 * either side of an offset side by side, no cut puts a forbidden token across it and the
 * whole-word check needs no cut. An extra pair only costs a cut, a missing one would change
 * answers: every file jieba read is included (the words it was given one by one are domain words).
 */
let wordPairs: PairSet | null = null;
/**
 * Cuts of the stretches the labeller asked about (insideWordsOf), by their text: a clause that
 * recurs (in one document or the next) is cut once. Bounded like `cache`.
 */
const stretches = new Map<string, Uint8Array | null>();

/** The user dictionaries: the built-in one and `userdict.utf8` of each --rules folder. */
function userDictPaths(): string[] {
  return [builtinRulesDir(), ...extraRulesDirs()]
    .map((d) => path.join(d, 'userdict.utf8'))
    .filter((f) => fs.existsSync(f));
}

/** Words listed in a jieba user dictionary (first field of each line). */
export function wordsOfUserDict(content: string): string[] {
  return content
    .split(/\r?\n/)
    .map((l) => l.trim().split(/\s+/)[0])
    .filter((w) => w && !w.startsWith('#'));
}

function loadJieba(): Jieba | null {
  if (jieba || loadFailed) return jieba;
  try {
    const require = createRequire(import.meta.url);
    const lib = require('nodejieba') as Jieba;
    const [builtin, ...extra] = userDictPaths();
    let dicts = jiebaDictPaths(builtin ? { userDict: builtin } : {});
    const keywords = keywordsOnly ? null : keywordDicts();
    baked = keywords !== null && extra.length === 0 && builtin === path.join(builtinRulesDir(), 'userdict.utf8')
      && weighsEveryWord(fs.readFileSync(builtin, 'utf8')) && sameWords(registered, keywords.keywords);
    if (baked) dicts = { ...dicts, dict: keywords!.dict, userDict: `${dicts.userDict}|${keywords!.keywordsDict}` };
    lib.load(dicts);
    const userDicts = [builtin, ...extra].filter(Boolean);
    for (const f of userDicts) {
      for (const w of wordsOfUserDict(fs.readFileSync(f, 'utf8'))) {
        domainWords.add(w);
        if (f !== builtin) lib.insertWord(w);
      }
    }
    if (!baked) for (const w of registered) lib.insertWord(w);
    jieba = lib;
    wordPairs = pairsOfFiles([dicts.dict, ...dicts.userDict.split(/[|;]/).filter(Boolean), ...extra]);
  } catch {
    // Without the native addon the labeller still works; it only loses the whole-word check.
    loadFailed = true;
  }
  return jieba;
}

/**
 * Whether every line of a user dictionary gives its word a frequency (`word freq tag`): cppjieba
 * gives the others the dictionary's median weight, which the unpadded dictionary does not hold.
 */
export function weighsEveryWord(userDict: string): boolean {
  return userDict.split('\n').every((l) => l.length === 0 || l.split(' ').length === 3);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === a.length && a.length === b.length && b.every((w) => set.has(w));
}

/** pairsOfDictionaries of the files cppjieba read, domain words excepted; null if one cannot be read. */
function pairsOfFiles(files: string[]): PairSet | null {
  try {
    return pairsOfDictionaries(files.map((f) => fs.readFileSync(f, 'utf8')), domainWords);
  } catch {
    return null;
  }
}

/**
 * Registers words (the labeller's keywords) as domain words: a keyword may cut into a longer
 * word only when that word is a domain word. Cheap; does not load nodejieba.
 */
export function addDomainWords(words: Iterable<string>): void {
  let reload = false;
  for (const w of words) {
    if (!w || domainWords.has(w)) continue;
    domainWords.add(w);
    registered.push(w);
    if (!jieba) continue;
    if (baked) reload = true;
    else jieba.insertWord(w);
  }
  if (reload) {
    jieba = null;
    keywordsOnly = true;
    loadJieba();
  }
  cache.clear();
  stretches.clear();
}

/** The words registered so far, in order (scripts/buildJiebaDict.ts lists the labeller's). */
export function registeredWords(): readonly string[] {
  return registered;
}

/** Whether the loaded dictionaries are keywordDicts() (for tests). */
export function segmenterBaked(): boolean {
  return jieba !== null && baked;
}

/** Whether `word` is a domain word (a keyword may cut into it). */
export function isDomainWord(word: string): boolean {
  return domainWords.has(word);
}

/** The sentence cut into words with their offsets, or null when segmentation is unavailable. */
export function tokensOf(sentence: string): Token[] | null {
  const hit = cache.get(sentence);
  if (hit !== undefined) return hit;
  const lib = loadJieba();
  let tokens: Token[] | null = null;
  if (lib) {
    tokens = [];
    let at = 0;
    for (const word of lib.cut(sentence)) {
      tokens.push({ word, start: at, end: at + word.length });
      at += word.length;
    }
    // jieba keeps every character; if it ever did not, offsets would lie: give up on this one.
    if (tokens.map((t) => t.word).join('') !== sentence) tokens = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sentence, tokens);
  return tokens;
}

/**
 * Whether sentence[start, end) may be read as a word of its own. It may not when its end cuts into
 * a longer word (外资 in 外资企业, 注册 in 注册资本, 在建 in 正在|建设), unless the word cut into is a
 * domain word (签约 in 新签约项目). A cut at the start is allowed: jieba sometimes glues a verb to
 * the word before it (共谋|划 for 共 + 谋划).
 * True when segmentation is unavailable.
 */
export function isWholeWord(sentence: string, start: number, end: number): boolean {
  return isWholeWordIn(sentence, 0, sentence.length, start, end);
}

/**
 * isWholeWord(text.slice(from, to), start - from, end - from). No cut is made where no dictionary
 * word could cross `end`, which is most words; a stretch that needs one is cut once (insideWordsOf).
 */
export function isWholeWordIn(text: string, from: number, to: number, start: number, end: number): boolean {
  // a token crossing `end` holds the characters on both sides of it, inside the stretch
  if (end <= from || end >= to) return true;
  const lib = loadJieba();
  if (!lib) return true;
  if (wordPairs && !mayJoin(wordPairs, text, end)) return true;
  const inside = insideWordsOf(lib, text, from, to);
  return !inside || inside[end - from] === 0;
}

/**
 * A set of pairs of UTF-16 code units, exact: open addressing over a Uint32Array of a << 16 | b, so
 * a lookup hashes an integer (a Set of a * 65536 + b would hash a heap number per lookup).
 */
export class PairSet {
  private slots = new Uint32Array(1024);
  private count = 0;
  /** The pair (0, 0), whose key is the empty slot's 0. */
  private zero = false;

  add(a: number, b: number): void {
    const key = ((a << 16) | b) >>> 0;
    if (key === 0) {
      this.zero = true;
      return;
    }
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    if (this.insert(this.slots, key)) this.count++;
  }

  has(a: number, b: number): boolean {
    const key = ((a << 16) | b) >>> 0;
    if (key === 0) return this.zero;
    const mask = this.slots.length - 1;
    for (let i = hashOf(key) & mask; ; i = (i + 1) & mask) {
      const k = this.slots[i];
      if (k === key) return true;
      if (k === 0) return false;
    }
  }

  private insert(slots: Uint32Array, key: number): boolean {
    const mask = slots.length - 1;
    for (let i = hashOf(key) & mask; ; i = (i + 1) & mask) {
      if (slots[i] === key) return false;
      if (slots[i] === 0) {
        slots[i] = key;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (const k of old) if (k !== 0) this.insert(this.slots, k);
  }
}

const hashOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 7;

/**
 * The pairs of the words of jieba dictionary files, but of those in `except` (a word is what
 * precedes the first space of a line: cppjieba splits lines at ' ' and keeps empty fields). Null
 * when a file does not decode cleanly (U+FFFD): cppjieba might read its bytes otherwise, so no pair
 * can be ruled out.
 */
export function pairsOfDictionaries(contents: string[], except: ReadonlySet<string>): PairSet | null {
  const pairs = new PairSet();
  for (const content of contents) {
    if (content.includes('\uFFFD')) return null;
    let lineStart = 0;
    while (lineStart < content.length) {
      let wordEnd = lineStart;
      while (wordEnd < content.length && content[wordEnd] !== ' ' && content[wordEnd] !== '\n') wordEnd++;
      if (wordEnd - lineStart > 1 && !except.has(content.slice(lineStart, wordEnd))) {
        for (let i = lineStart + 1; i < wordEnd; i++) pairs.add(content.charCodeAt(i - 1), content.charCodeAt(i));
      }
      const lineEnd = content.indexOf('\n', wordEnd);
      lineStart = lineEnd < 0 ? content.length : lineEnd + 1;
    }
  }
  return pairs;
}

/**
 * Whether a cut of `text` may put a token across `offset`: its two characters stand side by side
 * in some dictionary word, or `offset` falls inside a surrogate pair (one character of its own).
 */
export function mayJoin(pairs: PairSet, text: string, offset: number): boolean {
  const a = text.charCodeAt(offset - 1);
  const b = text.charCodeAt(offset);
  if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) return true;
  return pairs.has(a, b);
}

/**
 * For each offset of text[from, to), 1 when it falls inside a token that is not a domain word
 * (the cuts isWholeWord forbids); null when jieba's words do not give back the text.
 */
function insideWordsOf(lib: Jieba, text: string, from: number, to: number): Uint8Array | null {
  const stretch = text.slice(from, to);
  const hit = stretches.get(stretch);
  if (hit !== undefined) return hit;
  let inside: Uint8Array | null = new Uint8Array(to - from + 1);
  let at = 0;
  for (const word of lib.cut(stretch)) {
    // jieba keeps every character; if it ever did not, offsets would lie: give up on this one.
    if (!stretch.startsWith(word, at)) {
      inside = null;
      break;
    }
    if (word.length > 1 && !domainWords.has(word)) inside.fill(1, at + 1, at + word.length);
    at += word.length;
  }
  if (at !== stretch.length) inside = null;
  if (stretches.size >= CACHE_LIMIT) stretches.clear();
  stretches.set(stretch, inside);
  return inside;
}

/** Whether nodejieba has been loaded in this process (for tests of the lazy load). */
export function segmenterLoaded(): boolean {
  return jieba !== null;
}
