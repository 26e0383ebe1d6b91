import { describe, expect, it } from 'vitest';
import { mainRegion, regionFor } from '../../src/assemble/regionFor.js';
import { findRegions } from '../../src/extract/findRegions.js';
import { layoutOf } from '../../src/extract/textLayout.js';
import { SKIP_NOTE, seedCases } from '../input/sharedDir.js';
import type { RegionMention } from '../../src/model.js';

/** An article's main area for these cases: 平顶山市新华区 (its city is 平顶山市). */
const MAIN: RegionMention = {
  start: 0, end: 0, text: '新华区', name: '平顶山市新华区', adcode: '410402', level: 'county',
  city: { name: '平顶山市', adcode: '410400' },
};

/** [article, the figure's text (last occurrence), expected region name] */
const CASES: [string, string, string | null][] = [
  ['今年以来，鲁山县签约项目12个。', '12个', '平顶山市鲁山县'],
  ['鲁山县签约项目12个，叶县签约项目8个。', '8个', '平顶山市叶县'],
  // Not actors: destinations, partners (and the list after them), brackets, names.
  ['我区赴鲁山县开展招商，签约项目8个。', '8个', '平顶山市新华区'],
  ['今年，我区与鲁山县、叶县签约项目8个。', '8个', '平顶山市新华区'],
  ['我区组团赴北京、上海、浙江、广州等地招商30次。', '30次', '平顶山市新华区'],
  ['全区与东方智造(郑州)科技有限公司等5个项目签约。', '5个', '平顶山市新华区'],
  ['郑州三维智能科技有限公司落户我区，签约项目5个。', '5个', '平顶山市新华区'],
  ['共签约鲁山县智控设备生产、叶县装备产业园等23个项目。', '23个', '平顶山市新华区'],
  ['按照我市招商工作要求，我区新谋划项目20个。', '20个', '平顶山市新华区'],
  // Anaphors: 全区/我区 → main; 全市 in a district's article → its city; 该区 → the zone named before.
  ['全区签约项目8个。', '8个', '平顶山市新华区'],
  ['全市签约项目80个。', '80个', '平顶山市'],
  ['东湖产业集聚区集中签约4个项目。今年，该区新签约项目16个。', '16个', '东湖产业集聚区'],
  ['鲁山县集中签约4个项目。今年，该县新签约项目16个。', '16个', '平顶山市鲁山县'],
  ['我区赴兰西新区考察。今年，该区新签约项目16个。', '16个', '平顶山市新华区'],
  ['我区在深圳举办推介会，签约项目6个。', '6个', '平顶山市新华区'],
  ['我区在长沙、深圳举办两场推介会。', '两场', '平顶山市新华区'],
  // The main area's own city is background beyond the sentence.
  ['新华区是平顶山市的中心城区。外出招商21次。', '21次', '平顶山市新华区'],
  // Nearest actor in the paragraph; else the main area.
  ['鲁山县举办推介会。会上签约项目6个。', '6个', '平顶山市鲁山县'],
  ['鲁山县举办推介会。\n会上签约项目6个。', '6个', '平顶山市新华区'],
  ['签约项目6个。', '6个', '平顶山市新华区'],
  // A zone with its alias in brackets is the actor; 占全区/居全市 name a reference, not an actor.
  ['东湖经济技术开发区（东湖新区）上半年实际使用外资2亿美元，占全区的40%。', '2亿美元', '东湖经济技术开发区'],
  ['东湖经济技术开发区（东湖新区）上半年实际使用外资2亿美元，占全区的40%。', '40%', '东湖经济技术开发区'],
  ['鲁山县签约项目12个，居全市第一。', '12个', '平顶山市鲁山县'],
  // 作为 X: X is what the actor is, not the actor.
  ['东湖循环经济示范园作为全区招商主阵地，新签约项目12个。', '12个', '东湖循环经济示范园'],
  ['东湖示范园区签约项目5个。', '5个', '东湖示范园区'],
  // A place inside an event's name is no actor; 区里 is the main area.
  ['今年一季度，借助郑州国际冰雪节的热度，区里举办推介会3场。', '3场', '平顶山市新华区'],
  ['借助郑州投资贸易洽谈会，签约项目9个。', '9个', '平顶山市新华区'],
  // 分别/依次: the n-th figure of the enumeration takes the n-th area of the list.
  ['鲁山县、叶县和舞钢市分别签约项目12个、8个和5个。', '12个', '平顶山市鲁山县'],
  ['鲁山县、叶县和舞钢市分别签约项目12个、8个和5个。', '8个', '平顶山市叶县'],
  ['鲁山县、叶县和舞钢市分别签约项目12个、8个和5个。', '5个', '平顶山市舞钢市'],
  ['鲁山县、叶县今年分别新开工项目9个、7个，总投资30亿元、20亿元。', '20亿元', '平顶山市叶县'],
  ['鲁山县、叶县今年分别新开工项目9个、7个，总投资30亿元、20亿元。', '30亿元', '平顶山市鲁山县'],
  ['鲁山县、叶县的签约项目依次为9个、7个。', '9个', '平顶山市鲁山县'],
  // More figures than areas, or no list before 分别: the nearest actor as usual.
  ['鲁山县、叶县分别签约项目9个、7个、3个。', '3个', '平顶山市叶县'],
  ['叶县签约项目9个，分别增长12%、8%。', '8%', '平顶山市叶县'],
  // 该开发区/该园区 take the zone named before; 全州/我州 the main area.
  ['东湖经济开发区集中签约4个项目。今年，该开发区新签约项目16个。', '16个', '东湖经济开发区'],
  ['今年以来，全州签约项目50个。', '50个', '平顶山市新华区'],
  // A zone as the actor of a city report's figures: 作为全市… says what the zone is; 占全市 compares.
  ['大同经济技术开发区作为全市招商引资的主阵地，今年签约项目15个。', '15个', '大同经济技术开发区'],
  ['大同经开区作为全市对外开放的窗口，今年新签约项目8个，占全市的40%。', '8个', '大同经开区'],
  ['大同经开区作为全市对外开放的窗口，今年新签约项目8个，占全市的40%。', '40%', '大同经开区'],
  ['包头稀土高新技术产业开发区（以下简称稀土高新区）位于包头市。今年，稀土高新区签约项目12个。', '12个', '包头稀土高新技术产业开发区'],
  ['洛阳高新技术产业开发区（以下简称“高新区”）成立于1992年。今年，高新区签约项目12个。', '12个', '洛阳高新技术产业开发区'],
  ['全市签约项目80个，大同经济技术开发区签约20个。', '80个', '平顶山市'],
  // Places in another role (赴/在…举办/与/来自/走访/于, and those joined to them by 和/及, or after a
  // province) are never the subject of later sentences: the nearest actor, else the main area.
  ['我区组团赴深圳和佛山市开展招商活动。现场签约项目5个。', '5个', '平顶山市新华区'],
  ['区领导率队赴广东佛山对接企业。签约项目5个。', '5个', '平顶山市新华区'],
  ['区领导赴广东省佛山市考察。签约项目5个。', '5个', '平顶山市新华区'],
  ['我区在长沙及深圳举办推介会。签约项目5个。', '5个', '平顶山市新华区'],
  ['我区与深圳和佛山企业座谈。签约项目5个。', '5个', '平顶山市新华区'],
  ['来自佛山市的企业家到我区考察。签约项目5个。', '5个', '平顶山市新华区'],
  ['区领导走访佛山市企业。签约项目5个。', '5个', '平顶山市新华区'],
  ['推介会于佛山市举办。签约项目5个。', '5个', '平顶山市新华区'],
  ['鲁山县赴深圳考察。签约项目5个。', '5个', '平顶山市鲁山县'],
  ['区领导赴深圳考察，鲁山县和叶县签约项目5个。', '5个', '平顶山市叶县'],
  // 全市…其中某县…: the county named after 其中 is the actor of its own figures.
  ['全市签约项目80个，其中鲁山县签约12个。', '12个', '平顶山市鲁山县'],
  ['全市签约项目80个，其中鲁山县签约12个。', '80个', '平顶山市'],
];

describe('regionFor', () => {
  it.each(CASES)('%s → figure %s', (text, figure, expected) => {
    const regions = findRegions(text);
    const choice = regionFor(layoutOf(text), regions, MAIN, text.lastIndexOf(figure));
    expect(choice.name).toBe(expected);
  });

  it('carries adcodes and the deciding mention', () => {
    const text = '鲁山县签约项目12个。全市签约80个。';
    const regions = findRegions(text);
    const layout = layoutOf(text);
    expect(regionFor(layout, regions, MAIN, text.indexOf('12个'))).toMatchObject({ adcode: '410423', via: { text: '鲁山县' } });
    expect(regionFor(layout, regions, MAIN, text.indexOf('80个'))).toMatchObject({ name: '平顶山市', adcode: '410400', via: { text: '全市' } });
  });

  it('does not hang on a long sentence of places that are no actors', () => {
    // 20,000 destinations and figures with no punctuation: each figure looks back a bounded way.
    const text = `${'我区赴鲁山县签约项目3个'.repeat(20_000)}。`;
    const regions = findRegions(text);
    const layout = layoutOf(text);
    for (let at = text.indexOf('3个'); at >= 0; at = text.indexOf('3个', at + 1)) {
      expect(regionFor(layout, regions, MAIN, at).name).toBe('平顶山市新华区');
    }
  });

  it('gives null with no region and no main area', () => {
    const text = '签约项目6个。';
    expect(regionFor(layoutOf(text), [], null, 4)).toEqual({ name: null, adcode: null, via: null });
  });
});

describe('mainRegion', () => {
  const CASES_MAIN: [string | null, string, string | null][] = [
    ['郑州市惠济区招商引资开门红', '惠济区签约项目21个。郑州企业家到访。', '郑州市惠济区'],
    [null, '平顶山市新华区今年签约。新华区落地项目20个，新华区在谈52个。平顶山市召开大会。', '平顶山市新华区'],
    [null, '我市招商成果丰硕。平顶山市签约163个，鲁山县签约23个，平顶山尼龙城签约，平顶山市外出141次。', '平顶山市'],
    [null, '兰西新区主题教育与招商互促。新区签约56个，兰西新区引进项目。', '兰西新区'],
    // A place the headline only travels to is not the subject.
    ['我区赴郑州招商', '新华区签约项目。平顶山市新华区在谈项目。', '平顶山市新华区'],
    [null, '今年以来签约项目12个。', null],
  ];
  it.each(CASES_MAIN)('title %s', (title, text, expected) => {
    expect(mainRegion(title, layoutOf(text), findRegions(text))?.name ?? null).toBe(expected);
  });
});

// Seed articles: the main area equals the gold `region`, and each gold figure's region is given at
// some occurrence of its text.
const seeds = seedCases();
if (seeds.length === 0) console.warn(`regions on the seed articles ${SKIP_NOTE}`);

describe.skipIf(seeds.length === 0)('regions on the seed articles', () => {
  it.each(seeds.map((c) => [c.file, c] as const))('%s', (_file, { gold, doc }) => {
    const layout = layoutOf(doc.text);
    const regions = findRegions(doc.text, doc.title);
    const main = mainRegion(doc.title, layout, regions);
    expect(main?.name).toBe(gold.region);
    const misses: string[] = [];
    for (const f of gold.figures) {
      const got: (string | null)[] = [];
      for (let at = doc.text.indexOf(f.text); at >= 0; at = doc.text.indexOf(f.text, at + 1)) {
        got.push(regionFor(layout, regions, main, at).name);
      }
      if (!got.includes(f.region)) misses.push(`${f.metric} ${f.text}: want ${f.region}, got ${got.join(',')}`);
    }
    expect(misses).toEqual([]);
  });
});
