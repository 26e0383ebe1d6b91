// Every row of the labelling tables must do what it says: its `example` sentence (our own words)
// yields a record decided by that row. A row whose example does not trigger it is a dead rule.
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/rules/ruleTables.js';
import { findNumbers } from '../../src/extract/findNumbers.js';
import { measureOf } from '../../src/assemble/figureContext.js';
import { labelRules } from '../../src/assemble/labelRules.js';
import { recordsFor } from './helpers.js';

const exampleText = (s: string): string => s.replace(/\\n/g, '\n');

describe('metrics.tsv rows', () => {
  const rows = loadTable('metrics');
  it.each(rows.map((r) => [r.id, r.example]))('%s: %s', (id, example) => {
    const rules = recordsFor(exampleText(example)).map((r) => r.rule ?? '');
    expect(rules.some((r) => r === id || r.startsWith(`${id}+`)), `rules seen: ${rules.join(', ')}`).toBe(true);
  });
});

describe('aspects.tsv rows', () => {
  const rows = loadTable('aspects');
  it.each(rows.map((r) => [r.id, r.within, r.example]))('%s (%s): %s', (id, within, example) => {
    const records = recordsFor(exampleText(example));
    const rules = records.map((r) => r.rule ?? '');
    if (within === 'run-stop') {
      // a run-stop word ends the goal run: the figure after it is a value again
      expect(records.at(-1)?.aspect, `rules seen: ${rules.join(', ')}`).toBe('value');
      return;
    }
    expect(rules.some((r) => r.endsWith(`+${id}`)), `rules seen: ${rules.join(', ')}`).toBe(true);
  });
});

describe('distractors.tsv rows', () => {
  const rows = loadTable('distractors');
  it.each(rows.map((r) => [r.id, r.example]))('%s: %s', (id, example) => {
    const records = recordsFor(exampleText(example), { all: true });
    expect(records.some((r) => r.rule === id && r.metric === 'other'), `rules seen: ${records.map((r) => r.rule).join(', ')}`).toBe(true);
    // and nothing else in the example becomes a figure
    expect(records.filter((r) => r.metric !== 'other').map((r) => r.text)).toEqual([]);
  });
});

describe('counters.tsv rows', () => {
  const rows = loadTable('counters');
  it.each(rows.map((r) => [r.word, r.kind, r.example]))('%s counts %s: %s', (word, kind, example) => {
    const m = findNumbers(example).find((n) => n.unitWord === word);
    expect(m, `findNumbers saw no number with measure word ${word}`).toBeDefined();
    expect(measureOf(m!)).toBe(kind);
  });
});

describe('scope.tsv rows', () => {
  const rows = labelRules().scope;
  it.each(rows.map((r) => [r.id, r.kind, r.example]))('%s (%s): %s', (_id, kind, example) => {
    const scopes = recordsFor(example).map((r) => r.scope).filter(Boolean) as string[];
    const words = rows.filter((r) => r.kind === kind).flatMap((r) => r.words);
    if (kind === 'sector' || kind === 'head') expect(scopes.length).toBeGreaterThan(0);
    else expect(scopes.some((s) => words.some((w) => s.includes(w))), `scopes: ${scopes.join(', ')}`).toBe(true);
  });
});
