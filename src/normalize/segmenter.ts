// Word segmentation (nodejieba) for the labeller: "is this keyword a whole word here?".
// 在建 must not fire inside 正在建设, nor 外资 inside 外资企业, nor 注册 inside 注册资本.
// nodejieba is a native addon that takes about a second to load its dictionaries, so it is loaded
// once per process and only when a sentence actually needs segmenting; each sentence is segmented
// at most once (small cache). Domain words (src/rules/userdict.utf8, plus words the labeller
// registers) keep compounds such as 签约项目 or 市外资金 in one piece.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { builtinRulesDir, extraRulesDirs } from '../rules/ruleTables.js';
import { jiebaDictPaths } from './jiebaDict.js';

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
const pendingWords: string[] = [];
const cache = new Map<string, Token[] | null>();
const CACHE_LIMIT = 512;

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
    lib.load(jiebaDictPaths(builtin ? { userDict: builtin } : {}));
    for (const f of [builtin, ...extra].filter(Boolean)) {
      for (const w of wordsOfUserDict(fs.readFileSync(f, 'utf8'))) {
        domainWords.add(w);
        if (f !== builtin) lib.insertWord(w);
      }
    }
    for (const w of pendingWords.splice(0)) lib.insertWord(w);
    jieba = lib;
  } catch {
    // Without the native addon the labeller still works; it only loses the whole-word check.
    loadFailed = true;
  }
  return jieba;
}

/**
 * Registers words (the labeller's keywords) as domain words: a keyword may cut into a longer
 * word only when that word is a domain word. Cheap; does not load nodejieba.
 */
export function addDomainWords(words: Iterable<string>): void {
  for (const w of words) {
    if (!w || domainWords.has(w)) continue;
    domainWords.add(w);
    if (jieba) jieba.insertWord(w);
    else pendingWords.push(w);
  }
  cache.clear();
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
  const tokens = tokensOf(sentence);
  if (!tokens) return true;
  const cutsWord = (offset: number): boolean =>
    tokens.some((t) => t.start < offset && offset < t.end && !domainWords.has(t.word));
  return !cutsWord(end);
}

/** Whether nodejieba has been loaded in this process (for tests of the lazy load). */
export function segmenterLoaded(): boolean {
  return jieba !== null;
}
