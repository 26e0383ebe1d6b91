// End-to-end on the dev set: the built CLI extracts ../shared/seeds, our scorer (SCHEMA's rules)
// scores it against ../shared/gold, and ../shared/score.mjs must agree with our scorer on the same
// file. The thresholds are a regression gate: the values last measured, rounded down by ~0.02.
// ../shared holds third-party text and is read at test time only; without it the tests skip.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docKey, scoreDocument, totalsOf, type GoldFile, type ScoredRecord, type Totals } from '../../src/score/scoreRecords.js';

const SHARED = path.resolve('../shared');
const present = ['seeds', 'gold', 'score.mjs'].every((p) => fs.existsSync(path.join(SHARED, p)));
if (!present) console.warn(`skipped: ${SHARED} (seeds, gold, score.mjs) is absent`);

// measured 2026-11-22 with the built CLI: F1 1, period 1, region 1 (5 seeds, 105 gold figures)
const GATE = { f1: 0.98, period_accuracy: 0.98, region_accuracy: 0.98 };

function extractSeeds(): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhaoshang-seeds-')), 'seeds.jsonl');
  const r = spawnSync(process.execPath, [path.resolve('bin/zhaoshang.js'), 'extract', path.join(SHARED, 'seeds'), '--format', 'jsonl', '-o', out], {
    encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`extract exited ${r.status}: ${r.stderr}`);
  return out;
}

function ourTotals(predFile: string): Totals {
  const goldDir = path.join(SHARED, 'gold');
  const records = fs.readFileSync(predFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as ScoredRecord);
  const docs = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile;
    return scoreDocument(gold, records.filter((r) => docKey(r.doc) === docKey(gold.doc)));
  });
  return totalsOf(docs);
}

function theirTotals(predFile: string): Record<string, number> {
  const r = spawnSync(process.execPath, [path.join(SHARED, 'score.mjs'), '--gold', path.join(SHARED, 'gold'), '--pred', predFile, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`score.mjs exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, number>;
}

describe.skipIf(!present)('seeds end to end (built CLI)', () => {
  const predFile = present ? extractSeeds() : '';
  const ours = present ? ourTotals(predFile) : null;

  it(`reaches F1 ≥ ${GATE.f1}, period ≥ ${GATE.period_accuracy}, region ≥ ${GATE.region_accuracy}`, () => {
    const t = ours!;
    const summary = `F1 ${t.f1} (P ${t.precision}, R ${t.recall}), period ${t.period_accuracy}, region ${t.region_accuracy}`;
    expect(t.f1, summary).toBeGreaterThanOrEqual(GATE.f1);
    expect(t.period_accuracy, summary).toBeGreaterThanOrEqual(GATE.period_accuracy);
    expect(t.region_accuracy, summary).toBeGreaterThanOrEqual(GATE.region_accuracy);
  });

  it('scores the same file as ../shared/score.mjs --json', () => {
    const theirs = theirTotals(predFile);
    const fields = ['docs', 'gold', 'predicted', 'tp', 'precision', 'recall', 'f1', 'macro_f1', 'period_accuracy', 'region_accuracy', 'approx_accuracy'] as const;
    expect(Object.fromEntries(fields.map((f) => [f, ours![f]]))).toEqual(Object.fromEntries(fields.map((f) => [f, theirs[f]])));
  });

  it('scores a deliberately damaged prediction file lower, in step with score.mjs', () => {
    // drop every other record and relabel one: both scorers must see the same loss
    const lines = fs.readFileSync(predFile, 'utf8').split('\n').filter((l) => l.trim());
    const damaged = lines.filter((_, i) => i % 2 === 0).map((l, i) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      if (i === 0) r.metric = 'funds.total';
      return JSON.stringify(r);
    });
    const file = path.join(path.dirname(predFile), 'damaged.jsonl');
    fs.writeFileSync(file, damaged.join('\n') + '\n');
    const ours2 = ourTotals(file);
    expect(ours2.f1).toBeLessThan(ours!.f1);
    expect(ours2.tp).toBe(theirTotals(file).tp);
    expect(ours2.f1).toBe(theirTotals(file).f1);
  });
});
