// What narrows a figure (SCHEMA `scope`): a size threshold (亿元以上), a breakdown sector
// (其中工业项目3个 → 工业), an origin (沪苏浙) or an event (数博会). A secondary signal: the words
// come from src/rules/scope.tsv, the phrase shapes from here.
import type { TextLayout } from '../extract/textLayout.js';
import { NEAR, type Slot } from './figureContext.js';
import type { Label } from './labelFigure.js';
import { alternationOf } from '../rules/ruleTables.js';
import { labelRules } from './labelRules.js';

interface ScopePatterns {
  threshold: RegExp;
  sector: RegExp;
  named: string[];
  /** Any of `named`: most clauses hold none, and one test rules them all out. */
  anyNamed: RegExp | null;
}

let patterns: ScopePatterns | null = null;

function scopePatterns(): ScopePatterns {
  if (patterns) return patterns;
  const rows = labelRules().scope;
  const words = (kind: string): string[] => rows.filter((r) => r.kind === kind).flatMap((r) => r.words);
  const heads = alternationOf(words('head'));
  const num = String.raw`\d+(?:\.\d+)?[千百万亿]*(?:美元|元)`;
  // 亿元以上 / 总投资10亿元以上产业项目 / 投资超10亿元项目 / 5亿元至10亿元项目 / 5000万元及以上的项目
  const threshold = new RegExp(
    String.raw`(?<amount>(?:总投资额?|投资额?)?(?:超过|超|逾)?(?:${num}(?:(?:至|到|-|—)${num})?|[千百万亿]+(?:美元|元)))` +
      `(?<bound>${alternationOf(words('threshold'))})?(?<noun>的?[\u4e00-\u9fff]{0,6}?(?:${heads}))?`,
    'u',
  );
  // 其中工业项目 / 其中，商贸物流项目: the sector is what stands before the head noun (not the
  // tail of an amount: 10亿元项目 has no sector)
  const sector = new RegExp(
    `(?:(?:${alternationOf(words('sector'))})[，,]?)?(?<![\d.千百万亿元])(?<sector>[\u4e00-\u9fff]{1,10}?)(?:${heads})$`,
    'u',
  );
  const named = [...words('origin'), ...words('event')];
  patterns = { threshold, sector, named, anyNamed: named.length ? new RegExp(alternationOf(named), 'u') : null };
  return patterns;
}

/**
 * Whether the words before a count are only a size class of projects (亿元以上项目, 10亿元以上的项目,
 * 投资超5亿元项目): such a count continues the list of the count before it (新签约10亿元以上项目8个，
 * 亿元以上项目52个).
 */
export function isSizeClass(words: string): boolean {
  const th = scopePatterns().threshold.exec(words);
  return !!th?.groups && th.index === 0 && th[0].length === words.length && !!th.groups.noun && !!th.groups.bound;
}

/** The scope words of a figure, or null. */
export function scopeOf(layout: TextLayout, slot: Slot, label: Label): string | null {
  const { text } = layout;
  const p = scopePatterns();
  const left = text.slice(slot.leftStart, slot.m.start);
  const th = p.threshold.exec(left);
  if (th?.groups && (th.groups.bound || th.groups.noun)) {
    const noun = th.groups.noun?.replace(/^的/, '') ?? '';
    const amount = th.groups.amount + (th.groups.bound ?? '');
    // 亿元以上项目 → 亿元以上; 总投资10亿元以上产业项目 keeps its noun: it says which projects
    return /\d/.test(amount) && noun ? amount + noun : amount.replace(/^(?:总投资额?|投资额?)/, '');
  }
  if (label.via === 'breakdown' || label.via === 'sentence') {
    const sector = p.sector.exec(left.trim())?.groups?.sector;
    if (sector) return sector;
  }
  const clauseText = text.slice(Math.max(slot.clause.start, slot.m.start - NEAR), Math.min(slot.clause.end, slot.m.end + NEAR));
  const sentenceText = text.slice(Math.max(slot.sentence.start, slot.m.start - NEAR), slot.m.start);
  const among = (s: string): string | undefined => (p.anyNamed?.test(s) ? p.named.find((w) => s.includes(w)) : undefined);
  return among(clauseText) ?? among(sentenceText) ?? null;
}
