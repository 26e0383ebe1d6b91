// actorRole reads a few characters around a place: the role words before it, the name after it.
// The cases name each role; the fixture sweep holds the indexed lookups to the plain reading they
// replace (every word list scanned with endsWith/indexOf), kept below as the reference.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorRole, type NotActorRole } from '../../../src/extract/regions/actorRole.js';
import { findRegions } from '../../../src/extract/findRegions.js';
import { divisionTable } from '../../../src/extract/regions/divisionTable.js';
import { loadRegionWords, type RegionWords } from '../../../src/extract/regions/regionWords.js';

const w = loadRegionWords();

/** The place in text is its first occurrence (or the one after `@n` occurrences skipped). */
function roleIn(text: string, place: string): NotActorRole | null {
  const [name, skip] = place.split('@');
  let at = text.indexOf(name);
  for (let n = Number(skip ?? 0); n > 0; n--) at = text.indexOf(name, at + 1);
  return actorRole(text, { start: at, end: at + name.length }, w);
}

describe('actorRole', () => {
  const cases: [string, string, NotActorRole | null][] = [
    ['平顶山市签约项目12个', '平顶山市', null],
    ['招商团队赴平顶山市考察', '平顶山市', 'destination'],
    ['招商团队赴广东佛山考察', '佛山', 'destination'],
    ['招商团队走进了惠济区', '惠济区', 'destination'],
    ['与浦东新区签约', '浦东新区', 'partner'],
    ['与浦东新区、滇中新区签约', '滇中新区', 'partner'],
    ['赴深圳和佛山考察', '佛山', 'destination'],
    ['按照泰州市要求', '泰州市', 'reference'],
    ['对标北京市朝阳区', '北京市朝阳区', 'reference'],
    ['在深圳举办推介会', '深圳', 'venue'],
    ['海陵区是泰州市的主城区', '泰州市', 'predicate'],
    ['中科星联(深圳)公司', '深圳', 'bracket'],
    ['郑州三纯新能源科技有限公司', '郑州', 'name'],
    ['新华产业新城项目开工', '新华', 'name'],
    ['贵阳网讯', '贵阳', 'name'],
    ['全市共谋划招商引资项目', '全市', null],
    // 联合 is a stop word, but 联合会 is a name's last word: the run goes on past it.
    ['郑州联合会', '郑州', 'name'],
    ['郑州联合举办项目', '郑州', null],
    ['郑州签约项目', '郑州', null],
  ];
  it.each(cases)('%s: %s → %s', (text, place, role) => {
    expect(roleIn(text, place)).toBe(role);
  });

  it('reads every place of the fixtures as the plain word-list scan does', () => {
    const dir = path.resolve('fixtures/articles');
    let places = 0;
    for (const f of fs.readdirSync(dir).sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const m of findRegions(text)) {
        expect(actorRole(text, m, w), `${f} ${m.text}@${m.start}`).toBe(referenceRole(text, m, w));
        places++;
      }
    }
    expect(places).toBeGreaterThan(100);
  });
});

// ---- reference: the word-list scans actorRole used before its lookups were indexed ----

interface Span { start: number; end: number }

function referenceRole(text: string, m: Span, w: RegionWords): NotActorRole | null {
  const start = m.start - referenceProvinceBefore(text, m.start);
  const before = text.slice(Math.max(0, start - 4), start);
  if (/[(（]$/.test(before)) return 'bracket';
  const trimmed = before.replace(/了$/, '');
  let best: string | null = null;
  for (const x of w.words.not_actor_before) if (trimmed.endsWith(x) && (best === null || x.length > best.length)) best = x;
  const role = (best === null ? null : roleOf(best, w)) ?? roleOfList(text, m, w) ?? roleOfJoined(text, start, w);
  if (role) return role;
  return insideName(text, m, w) ? 'name' : null;
}

const roleOf = (x: string, w: RegionWords) => (w.values.not_actor_before.get(x) ?? 'reference') as NotActorRole;

function roleOfList(text: string, m: Span, w: RegionWords): NotActorRole | null {
  if (text[m.start - 1] !== '、') return null;
  const run = /[\p{Script=Han}、]{1,30}$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[0] ?? '';
  const head = run.slice(0, run.indexOf('、'));
  const x = w.words.not_actor_before.find((x) => head.includes(x));
  return x === undefined ? null : roleOf(x, w);
}

function roleOfJoined(text: string, start: number, w: RegionWords): NotActorRole | null {
  const join = /(?:以及|和|及)$/.exec(text.slice(Math.max(0, start - 2), start))?.[0];
  if (!join) return null;
  const end = start - join.length;
  const run = /\p{Script=Han}{1,20}$/u.exec(text.slice(Math.max(0, end - 20), end))?.[0] ?? '';
  let best: { at: number; x: string } | null = null;
  for (const x of w.words.not_actor_before) {
    const at = run.lastIndexOf(x);
    if (at >= 0 && (!best || at + x.length > best.at + best.x.length)) best = { at, x };
  }
  if (!best) return null;
  const gap = run.length - (best.at + best.x.length);
  return gap >= 2 && gap <= 8 ? roleOf(best.x, w) : null;
}

let provinces: Set<string> | null = null;

function referenceProvinceBefore(text: string, at: number): number {
  if (!provinces) {
    provinces = new Set();
    for (const [name, ds] of divisionTable().byName) {
      if (!ds.some((d) => d.level === 'province')) continue;
      provinces.add(name);
      const short = name.replace(/(?:省|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/, '');
      if (short.length >= 2) provinces.add(short);
    }
  }
  const max = Math.max(...[...provinces].map((p) => p.length));
  for (let l = Math.min(max, at); l >= 2; l--) if (provinces.has(text.slice(at - l, at))) return l;
  return 0;
}

function insideName(text: string, m: Span, w: RegionWords): boolean {
  const run = /^[\p{Script=Han}()（）]{0,14}/u.exec(text.slice(m.end, m.end + 14))?.[0] ?? '';
  if (w.words.media_end.includes(run)) return true;
  let cut = run.length;
  for (const s of [...w.words.zone_stop, ...w.words.actor_verb]) {
    const at = run.indexOf(s);
    if (at >= 0 && at < cut && !w.words.name_end.some((x) => x.length > s.length && run.startsWith(x, at))) cut = at;
  }
  const head = run.slice(0, cut);
  return w.words.name_end.some((x) => head.includes(x));
}
