// End-to-end: every bundled fixture article through the whole pipeline, scored against its
// hand-written expected file (SCHEMA gold form) with SCHEMA's matching rules. A fixture passes
// only with precision = recall = 1 and every matched figure's period and region right.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../src/input/readDocument.js';
import { extractRecords } from '../../src/pipeline.js';
import {
  scoreDocument,
  totalsOf,
  type DocScore,
  type GoldFigure,
  type GoldFile,
  type ScoredRecord,
} from '../../src/score/scoreRecords.js';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const articlesDir = path.join(root, 'articles');
const expectedDir = path.join(root, 'expected');

const ARTICLE = /\.(txt|html?|md)$/i;
const articles = fs.readdirSync(articlesDir).filter((f) => ARTICLE.test(f)).sort();
const expectedFiles = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort();
const baseOf = (f: string): string => f.replace(ARTICLE, '').replace(/\.json$/, '');

const showGold = (g: GoldFigure): string => {
  const alt = g.alt_metrics?.length ? ` (alt ${g.alt_metrics.join('|')})` : '';
  return `${g.metric}${alt}/${g.aspect} ${g.value} ${g.unit} period=${g.period ?? 'null'} «${g.text ?? ''}»`;
};
const showRecord = (r: ScoredRecord): string =>
  `${r.metric}/${r.aspect} ${r.value} ${r.unit} period=${r.period ?? 'null'} region=${r.region ?? 'null'} «${r.text ?? ''}»`;

function report(name: string, s: DocScore): string {
  const t = totalsOf([s]);
  const lines = [
    `${name}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched} (P=${t.precision} R=${t.recall})`,
    ...s.misses.map((g) => `  missed: ${showGold(g)}`),
    ...s.extras.map((r) => `  extra:  ${showRecord(r)}`),
    ...s.periodErrors.map(({ figure, got }) => {
      const want = [figure.period ?? null, ...(figure.alt_periods ?? [])].map((p) => p ?? 'null').join(' | ');
      return `  period: ${figure.metric}/${figure.aspect} ${figure.value} «${figure.text ?? ''}»: expected ${want}, got ${got ?? 'null'}`;
    }),
    ...s.regionErrors.map(
      ({ figure, got }) =>
        `  region: ${figure.metric}/${figure.aspect} ${figure.value} «${figure.text ?? ''}»: expected ${figure.region ?? 'null'}, got ${got ?? 'null'}`,
    ),
  ];
  return lines.join('\n');
}

const scores: DocScore[] = [];

describe('fixture set', () => {
  it('has at least 30 fixtures', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
  });

  it('has an expected file for every article and an article for every expected file', () => {
    const articleBases = new Set(articles.map(baseOf));
    const expectedBases = new Set(expectedFiles.map(baseOf));
    const noExpected = articles.filter((a) => !expectedBases.has(baseOf(a)));
    const noArticle = expectedFiles.filter((e) => !articleBases.has(baseOf(e)));
    expect(noExpected, `articles without fixtures/expected/<name>.json: ${noExpected.join(', ')}`).toEqual([]);
    expect(noArticle, `expected files without an article: ${noArticle.join(', ')}`).toEqual([]);
  });

  it('names the article in each expected file', () => {
    const wrong = articles.filter((a) => {
      const file = path.join(expectedDir, `${baseOf(a)}.json`);
      return fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile).doc !== a;
    });
    expect(wrong, `expected files whose "doc" is not the article's file name: ${wrong.join(', ')}`).toEqual([]);
  });
});

describe('fixtures end to end (precision = recall = 1, periods and regions right)', () => {
  for (const article of articles) {
    const expectedFile = path.join(expectedDir, `${baseOf(article)}.json`);
    if (!fs.existsSync(expectedFile)) continue; // reported by the fixture-set test above

    it(article, () => {
      const gold = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as GoldFile;
      const records = extractRecords(readDocument(path.join(articlesDir, article)));
      const score = scoreDocument(gold, records);
      scores.push(score);
      const ok =
        score.misses.length === 0 &&
        score.extras.length === 0 &&
        score.matched === score.gold &&
        score.predicted === score.gold &&
        score.periodErrors.length === 0 &&
        score.regionErrors.length === 0;
      expect(ok, report(article, score)).toBe(true);
    });
  }
});

afterAll(() => {
  if (!scores.length) return;
  const t = totalsOf(scores);
  console.log(
    `fixtures: ${t.docs} docs, gold ${t.gold}, predicted ${t.predicted}, tp ${t.tp}; ` +
      `P=${t.precision} R=${t.recall} F1=${t.f1} period=${t.period_accuracy} region=${t.region_accuracy}`,
  );
});
