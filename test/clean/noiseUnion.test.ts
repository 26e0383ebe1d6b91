// noiseRuleOf first tests the union of the rules that apply to a line's length; a line the union
// does not match must be one no rule matches (the union only skips work, never a rule).
import { describe, expect, it } from 'vitest';
import { NO_RULES, noiseRuleOf, noiseRulesOf, noiseUnionFor, type NoiseRule } from '../../src/clean/finishText.js';

/** noiseRuleOf as it was before the union: every applicable rule, one by one. */
function ruleByRule(line: string): NoiseRule | null {
  let drop: NoiseRule | null = null;
  for (const rule of noiseRulesOf()) {
    if (rule.maxLen && line.length > rule.maxLen) continue;
    if (drop && rule.action === 'drop') continue;
    if (!rule.re.test(line)) continue;
    if (rule.action === 'boundary') return rule;
    drop = rule;
  }
  return drop;
}

const rules = noiseRulesOf();
const pad = (s: string, n: number) => s + '招商引资项目建设'.repeat(Math.ceil(n / 8)).slice(0, Math.max(0, n - s.length));

describe('noise rule union', () => {
  const lines: string[] = [
    '', '1', '首页 > 新闻', '版权所有 某某网', '责任编辑：张三', '签约项目12个，总投资56亿元。', '关注某某',
    '上一篇 下一篇', 'Copyright © 2024', '地址：某市某路1号', 'E-mail: a@b.cn', '本报记者 张三',
    ...rules.map((r) => r.example),
    // each example padded to just under, at and just over its rule's limit, and far beyond every limit
    ...rules.flatMap((r) => (r.maxLen ? [pad(r.example, r.maxLen - 1), pad(r.example, r.maxLen), pad(r.example, r.maxLen + 1)] : [])),
    ...rules.map((r) => pad(r.example, 1000)),
  ];
  it.each(lines.map((l) => [l.slice(0, 30), l] as const))('%s: same rule as testing rule by rule', (_, line) => {
    expect(noiseRuleOf(line)).toBe(ruleByRule(line));
    const union = noiseUnionFor(line.length);
    if (union && union !== NO_RULES && ruleByRule(line) !== null) expect(union.test(line)).toBe(true);
  });

  it('a line longer than every limit is tested against no rule at all', () => {
    const longest = Math.max(...rules.map((r) => r.maxLen));
    expect(rules.every((r) => r.maxLen > 0)).toBe(true);
    expect(noiseUnionFor(longest + 1)).toBe(NO_RULES);
    expect(noiseUnionFor(longest)).not.toBe(NO_RULES);
  });
});
