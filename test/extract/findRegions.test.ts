import { describe, expect, it } from 'vitest';
import { findRegions } from '../../src/extract/findRegions.js';

/** [text, expected "written=name/adcode/level" list] */
const MATCHES: [string, string[]][] = [
  // Full names; the fullest form puts the city before a county, never the province before a city.
  ['河南省平顶山市召开会议', ['河南省平顶山市=平顶山市/410400/city']],
  ['平顶山市新华区签约项目', ['平顶山市新华区=平顶山市新华区/410402/county']],
  ['平顶山新华区签约项目', ['平顶山新华区=平顶山市新华区/410402/county']],
  // A county name found in one city only gets that city; one found in several needs the article's city.
  ['惠济区新签约项目', ['惠济区=郑州市惠济区/410108/county']],
  ['牧野区新签约项目', ['牧野区=新乡市牧野区/410711/county']],
  ['新华区新签约项目', ['新华区=新华区/null/county']],
  ['平顶山市召开大会。新华区签约', ['平顶山市=平顶山市/410400/city', '新华区=平顶山市新华区/410402/county']],
  ['鲁山县、叶县和舞钢市', [
    '鲁山县=平顶山市鲁山县/410423/county', '叶县=平顶山市叶县/410422/county', '舞钢市=平顶山市舞钢市/410481/county',
  ]],
  // Municipalities are cities; counties the province governs directly stand alone.
  ['北京市海淀区与上海签约', ['北京市海淀区=北京市海淀区/110108/county', '上海=上海市/310000/city']],
  ['济源市招商', ['济源市=济源市/419001/county']],
  // Safe short forms of cities; the short form of a county only once the article names it in full.
  ['郑州企业家到访', ['郑州=郑州市/410100/city']],
  ['新乡企业家到访', ['新乡=新乡市/410700/city']],
  ['惠济区招商。走进惠济', ['惠济区=郑州市惠济区/410108/county', '惠济=郑州市惠济区/410108/county']],
  // Zones named as actors, and anaphors.
  ['东湖尼龙新材料产业集聚区集中签约', ['东湖尼龙新材料产业集聚区=东湖尼龙新材料产业集聚区/null/zone']],
  ['推动兰西新区与浦东新区合作', ['兰西新区=兰西新区/null/zone', '浦东新区=上海市浦东新区/310115/county']],
  ['在东湖经济技术开发区', ['东湖经济技术开发区=东湖经济技术开发区/null/zone']],
  // A short zone name takes the long form when the article writes it out.
  ['东湖经济技术开发区成立。东湖经开区签约', [
    '东湖经济技术开发区=东湖经济技术开发区/null/zone', '东湖经开区=东湖经济技术开发区/null/zone',
  ]],
  ['东湖经开区签约', ['东湖经开区=东湖经开区/null/zone']],
  // An alias in brackets after a zone is a zone of its own, starting after the bracket.
  ['东湖经济技术开发区（兰西新区）签约', ['东湖经济技术开发区=东湖经济技术开发区/null/zone', '兰西新区=兰西新区/null/zone']],
  ['中国(河南)自由贸易试验区挂牌', ['中国(河南)自由贸易试验区=中国(河南)自由贸易试验区/null/zone']],
  ['东湖循环经济示范园签约', ['东湖循环经济示范园=东湖循环经济示范园/null/zone']],
  ['区里、市里和县里', ['区里=区里/null/anaphor', '市里=市里/null/anaphor', '县里=县里/null/anaphor']],
  // A zone whose name begins with its city's name, short or full, is one zone named as written; a stop
  // word inside that city's name (同 of 大同, 个 of 个旧, 和 of 和田) ends no name.
  ['大同经济技术开发区签约', ['大同经济技术开发区=大同经济技术开发区/null/zone']],
  ['在大同经开区签约', ['大同经开区=大同经开区/null/zone']],
  ['个旧高新区签约', ['个旧高新区=个旧高新区/null/zone']],
  ['落户和田高新区', ['和田高新区=和田高新区/null/zone']],
  ['同东湖新区合作', ['东湖新区=东湖新区/null/zone']],
  ['和平顶山高新区合作', ['平顶山高新区=平顶山高新区/null/zone']],
  ['郑州航空港经济综合实验区签约', ['郑州航空港经济综合实验区=郑州航空港经济综合实验区/null/zone']],
  ['苏州工业园区签约', ['苏州工业园区=苏州工业园区/null/zone']],
  // An alias declared in brackets (以下简称, 简称, 下称) names the full zone, there and later.
  ['包头稀土高新技术产业开发区（以下简称稀土高新区）签约。稀土高新区在谈', [
    '包头稀土高新技术产业开发区=包头稀土高新技术产业开发区/null/zone',
    '稀土高新区=包头稀土高新技术产业开发区/null/zone', '稀土高新区=包头稀土高新技术产业开发区/null/zone',
  ]],
  ['平顶山尼龙新材料产业集聚区（简称尼龙集聚区）成立。尼龙集聚区签约', [
    '平顶山尼龙新材料产业集聚区=平顶山尼龙新材料产业集聚区/null/zone',
    '尼龙集聚区=平顶山尼龙新材料产业集聚区/null/zone', '尼龙集聚区=平顶山尼龙新材料产业集聚区/null/zone',
  ]],
  // With no declaration: the one fuller zone name of the article that ends with the short one.
  ['包头稀土高新技术产业开发区成立。稀土高新区签约', [
    '包头稀土高新技术产业开发区=包头稀土高新技术产业开发区/null/zone', '稀土高新区=包头稀土高新技术产业开发区/null/zone',
  ]],
  ['南昌经济技术开发区成立。南昌经开区签约，经开区在谈', [
    '南昌经济技术开发区=南昌经济技术开发区/null/zone', '南昌经开区=南昌经济技术开发区/null/zone', '经开区=南昌经济技术开发区/null/zone',
  ]],
  // A bare 高新区 is the article's one zone of that kind (declared or not); with two, it is none.
  ['洛阳高新技术产业开发区（以下简称“高新区”）成立。高新区签约', [
    '洛阳高新技术产业开发区=洛阳高新技术产业开发区/null/zone', '高新区=洛阳高新技术产业开发区/null/zone', '高新区=洛阳高新技术产业开发区/null/zone',
  ]],
  ['东湖高新区与西湖高新区签约，高新区在谈', ['东湖高新区=东湖高新区/null/zone', '西湖高新区=西湖高新区/null/zone']],
  ['东湖经济开发区签约。该开发区在谈', ['东湖经济开发区=东湖经济开发区/null/zone', '该开发区=该开发区/null/anaphor']],
  // Places the GB/T 2260 tables do not code.
  ['台南市签约投资案86件', ['台南市=台南市/null/city']],
  ['全市、我区、该县和新区', ['全市=全市/null/anaphor', '我区=我区/null/anaphor', '该县=该县/null/anaphor', '新区=新区/null/anaphor']],
  ['在第二个新区党工委', ['新区=新区/null/anaphor']],
];

/** Text that must yield no region at all. */
const MISSES: string[] = [
  '加快中心城区建设',
  '新城区改造和老城区更新',
  '创建示范县',
  '提高县级统筹',
  '在新县城建设',
  '日照时间长，社会长治久安',
  '中山路和北海公园',
  '河南跃薪智能矿山',
  '签约、高新区电气装备',
  '打造国家级开发区',
  '建设第三个开发区',
  '高新区签约项目，经开区在谈',
];

function show(text: string): string[] {
  return findRegions(text).map((m) => `${m.text}=${m.name}/${m.adcode}/${m.level}`);
}

describe('findRegions', () => {
  it.each(MATCHES)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it.each(MISSES)('finds no region in %s', (text) => {
    expect(show(text)).toEqual([]);
  });

  it('marks what anaphors refer to and what city a county is in', () => {
    const ms = findRegions('平顶山市新华区：全区与该区');
    expect(ms.map((m) => m.refers ?? null)).toEqual([null, 'main', 'nearest']);
    expect(ms[0].city).toEqual({ name: '平顶山市', adcode: '410400' });
  });

  it('gives exact offsets', () => {
    const text = '今年，郑州市惠济区与兰西新区签约。';
    for (const m of findRegions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds every place of a text repeated a thousand times (no clock: a hang trips the test timeout)', () => {
    const text = '今年以来，平顶山市新华区签约项目29个；东湖产业集聚区签约4个；该区在谈项目5个。\n'.repeat(1000);
    expect(findRegions(text).length).toBe(3000);
  });

  it('reads a megabyte of distinct zone names and of aliases through', () => {
    // Each name differs (东西南高新区, …): zone names are filed by their tails, not searched for in the text.
    const han = '东西南北中上下左右前后甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
    let text = '';
    const n = han.length;
    for (let i = 0; text.length < 1_000_000; i++) text += `${han[i % n]}${han[((i / n) | 0) % n]}${han[((i / n / n) | 0) % n]}高新区，`;
    expect(findRegions(text).length).toBeGreaterThan(100_000);
    text = '大同经济技术开发区（以下简称大同经开区）和平顶山高新区、高新区赴广东佛山和深圳'.repeat(25_000);
    expect(findRegions(text).length).toBeGreaterThan(100_000);
  });

  it('does not hang on dense places, anaphors and zones (overlap checks look only nearby)', () => {
    const text = '河南省平顶山市新华区全市该区我区贵安新区东湖经开区惠济区走进惠济'.repeat(8000);
    const ms = findRegions(text);
    expect(ms.length).toBe(8000 * findRegions(text.slice(0, text.length / 8000)).length);
  });
});
