// Every row of src/rules/regions.tsv: its example must show the row's word at work.
import { describe, expect, it } from 'vitest';
import { findRegions } from '../../../src/extract/findRegions.js';
import { isActor, regionFor } from '../../../src/assemble/regionFor.js';
import { layoutOf } from '../../../src/extract/textLayout.js';
import { loadTable } from '../../../src/rules/ruleTables.js';
import { loadRegionWords } from '../../../src/extract/regions/regionWords.js';
import type { RegionMention } from '../../../src/model.js';

const MAIN: RegionMention = { start: 0, end: 0, text: '测试区', name: '测试市测试区', adcode: null, level: 'county' };
const lastFigure = (text: string) => text.search(/\d+[个次场]?[^\d]*$/);

describe('regions.tsv examples', () => {
  const rows = loadTable('regions');
  const words = loadRegionWords();
  it.each(rows.map((r) => [r.kind, r.word, r.value, r.example] as const))('%s %s: %s', (kind, word, value, example) => {
    const ms = findRegions(example);
    const layout = layoutOf(example);
    const at = example.indexOf(word);
    switch (kind) {
      case 'anaphor': {
        const a = ms.find((m) => m.level === 'anaphor' && m.text === word);
        expect(a?.refers).toBe(value);
        if (value === 'nearest') {
          // 该区/该县/新区 take the area named just before them.
          const named = ms.find((m) => m.level !== 'anaphor')!;
          expect(regionFor(layout, ms, MAIN, lastFigure(example)).name).toBe(named.name);
        }
        break;
      }
      case 'zone_suffix':
        expect(ms.some((m) => m.level === 'zone' && m.text === `东湖${word}`)).toBe(true);
        break;
      case 'zone_stop':
        // The zone's name starts after the stop word.
        expect(ms.filter((m) => m.level === 'zone').map((m) => m.text)).toContain('东湖新区');
        break;
      case 'zone_alias':
        // The alias in the bracket and its later mention both name the full zone.
        expect(ms.filter((m) => m.text === '东湖高新区').map((m) => m.name)).toEqual(['兰西东湖高新技术产业开发区', '兰西东湖高新技术产业开发区']);
        break;
      case 'not_actor_before': {
        const m = ms.find((x) => x.start === at + word.length)!;
        expect(m).toBeDefined();
        expect(isActor(example, m, ms, words)).toBe(false);
        break;
      }
      case 'actor_verb':
      case 'name_end': {
        const m = ms.find((x) => x.text === '东湖区')!;
        expect(isActor(example, m, ms, words)).toBe(kind === 'actor_verb');
        break;
      }
      case 'media_end': {
        const m = ms.find((x) => x.text === '郑州')!;
        expect(isActor(example, m, ms, words)).toBe(false);
        break;
      }
      case 'extra_division':
        expect(ms.find((m) => m.text === word)).toMatchObject({ name: word, adcode: null });
        break;
      case 'block':
        expect(ms.filter((m) => m.level !== 'anaphor' && m.start < at + word.length && at < m.end)).toEqual([]);
        break;
      case 'short_stop':
        expect(ms).toEqual([]);
        break;
      case 'one_char_stem_before':
        expect(ms.map((m) => m.text)).toContain('叶县');
        break;
      case 'respectively': {
        // The n-th figure after the cue takes the n-th area of the list before it.
        const areas = ms.filter((m) => m.level !== 'anaphor');
        expect(regionFor(layout, ms, MAIN, example.indexOf('12个')).name).toBe(areas[0].name);
        expect(regionFor(layout, ms, MAIN, example.indexOf('8个')).name).toBe(areas[1].name);
        break;
      }
      default:
        throw new Error(`no example check for kind ${kind}`);
    }
  });
});
