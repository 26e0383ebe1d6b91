// County names that several cities have (朝阳区, 鼓楼区, 新华区, 城关区, 桥西区, 普陀区, 和平区), in
// articles that also name another city of that name: as a destination, a comparison, a partner, a
// visitor. The article's own county comes from its title and lead, then from the places named as
// actors, then from any other mention; a fully written other one (北京市朝阳区) stays its own mention;
// with no evidence, or with a city that has no such county written in front, no city is guessed.
import { describe, expect, it } from 'vitest';
import { findRegions } from '../../../src/extract/findRegions.js';
import { mainRegion, regionFor } from '../../../src/assemble/regionFor.js';
import { layoutOf } from '../../../src/extract/textLayout.js';
import { offsetOf } from '../../input/sharedDir.js';

interface Case {
  title: string | null;
  text: string;
  main: string | null;
  /** [figure text (its last occurrence, or `text@n` for the n-th), expected region]. */
  figures: [string, string | null][];
}

const CASES: Record<string, Case> = {
  '朝阳区: 长春 in the title, 北京市朝阳区 a destination and a comparison in the body': {
    title: '长春市朝阳区前三季度招商引资成效显著',
    text: '今年以来，朝阳区新签约项目15个，总投资42亿元。\n朝阳区招商团队赴北京市朝阳区学习招商经验。北京市朝阳区今年引进项目120个。\n全区落地项目9个。',
    main: '长春市朝阳区',
    figures: [['15个', '长春市朝阳区'], ['42亿元', '长春市朝阳区'], ['120个', '北京市朝阳区'], ['9个', '长春市朝阳区']],
  },
  '朝阳区: only the province (吉林) in the lead; 北京市朝阳区 a destination and a benchmark': {
    title: '朝阳区：招商引资跑出加速度',
    text: '吉林省通报上半年招商引资情况，朝阳区签约项目18个。\n朝阳区赴北京市朝阳区考察，对标北京市朝阳区，朝阳区落地项目6个。',
    main: '长春市朝阳区',
    figures: [['18个', '长春市朝阳区'], ['6个', '长春市朝阳区']],
  },
  '朝阳区: 长春 named in the lead, 北京市朝阳区 the comparison base (较)': {
    title: '朝阳区招商引资开门红',
    text: '长春市朝阳区一季度签约项目10个，较北京市朝阳区同期少5个。\n朝阳区落地项目4个。',
    main: '长春市朝阳区',
    figures: [['10个', '长春市朝阳区'], ['4个', '长春市朝阳区']],
  },
  '朝阳区: a Beijing article with 长春 as the destination and a visiting delegation': {
    title: '北京市朝阳区招商工作综述',
    text: '朝阳区今年引进项目30个。\n朝阳区代表团赴长春考察，长春市朝阳区考察团也来到朝阳区，朝阳区签约项目7个。',
    main: '北京市朝阳区',
    figures: [['30个', '北京市朝阳区'], ['7个', '北京市朝阳区']],
  },
  '朝阳区: no title; the city named most often as the actor decides': {
    title: null,
    text: '今年，朝阳区一季度签约项目10个。\n本报讯。\n长春市召开全市招商大会。长春市今年签约项目200个。北京市朝阳区签约项目50个。',
    main: '长春市朝阳区',
    figures: [['10个', '长春市朝阳区'], ['50个', '北京市朝阳区']],
  },
  '朝阳区: no evidence at all stays without city': {
    title: null,
    text: '朝阳区今年签约项目30个。',
    main: '朝阳区',
    figures: [['30个', '朝阳区']],
  },
  '鼓楼区: 徐州 in the title; 南京 a destination and a venue': {
    title: '徐州鼓楼区：项目建设跑出加速度',
    text: '今年以来，鼓楼区签约亿元以上项目23个。\n鼓楼区招商小分队赴南京、上海等地开展招商。\n在南京举办的推介会上，鼓楼区签约项目6个。',
    main: '徐州市鼓楼区',
    figures: [['23个', '徐州市鼓楼区'], ['6个', '徐州市鼓楼区']],
  },
  '鼓楼区: 徐州 in the lead; 南京市鼓楼区 a partner': {
    title: null,
    text: '徐州市鼓楼区今年新签约项目20个。\n鼓楼区与南京市鼓楼区签署合作协议，共建产业园区。鼓楼区落地项目7个。',
    main: '徐州市鼓楼区',
    figures: [['20个', '徐州市鼓楼区'], ['7个', '徐州市鼓楼区']],
  },
  '鼓楼区: 福州 in the title; 徐州 a destination': {
    title: '福州市鼓楼区数字经济招商成效明显',
    text: '鼓楼区今年签约数字经济项目41个。\n鼓楼区赴徐州、开封考察，签约项目5个。',
    main: '福州市鼓楼区',
    figures: [['41个', '福州市鼓楼区'], ['5个', '福州市鼓楼区']],
  },
  '鼓楼区: 开封 in the title outweighs a 福州 visitor in the body': {
    title: '开封市鼓楼区招商引资综述',
    text: '鼓楼区签约项目9个。\n福建省福州市鼓楼区客商来访，鼓楼区落地项目3个。',
    main: '开封市鼓楼区',
    figures: [['9个', '开封市鼓楼区'], ['3个', '开封市鼓楼区']],
  },
  '鼓楼区: a province with two candidates (江苏: 南京, 徐州) chooses none': {
    title: null,
    text: '江苏省召开全省招商大会。鼓楼区签约项目9个。',
    main: '鼓楼区',
    figures: [['9个', '鼓楼区']],
  },
  '新华区: 沧州 in the lead; 平顶山 a destination': {
    title: null,
    text: '沧州市新华区今年签约项目16个。\n新华区组团赴平顶山市考察，新华区落地项目5个。',
    main: '沧州市新华区',
    figures: [['16个', '沧州市新华区'], ['5个', '沧州市新华区']],
  },
  '新华区: 石家庄 in the title; 平顶山市新华区 a comparison (高于)': {
    title: '石家庄新华区招商引资综述',
    text: '新华区签约项目25个，增速高于平顶山市新华区。',
    main: '石家庄市新华区',
    figures: [['25个', '石家庄市新华区']],
  },
  '新华区: the province (河南) picks its one candidate': {
    title: null,
    text: '河南省召开招商推介会，新华区签约项目11个。',
    main: '平顶山市新华区',
    figures: [['11个', '平顶山市新华区']],
  },
  '城关区: 兰州 in the title; 拉萨市城关区 a partner': {
    title: '兰州市城关区一季度招商引资综述',
    text: '城关区一季度引进项目14个。\n城关区与拉萨市城关区结对共建，城关区签约项目4个。',
    main: '兰州市城关区',
    figures: [['14个', '兰州市城关区'], ['4个', '兰州市城关区']],
  },
  '城关区: 西藏 in the lead; 兰州 a destination': {
    title: null,
    text: '西藏自治区招商引资推介会召开，城关区签约项目8个。\n城关区赴兰州学习，城关区落地项目3个。',
    main: '拉萨市城关区',
    figures: [['8个', '拉萨市城关区'], ['3个', '拉萨市城关区']],
  },
  '桥西区: 张家口 in the title; 石家庄 a destination': {
    title: '张家口市桥西区招商',
    text: '桥西区签约项目7个。\n桥西区赴石家庄对接项目，桥西区落地项目2个。',
    main: '张家口市桥西区',
    figures: [['7个', '张家口市桥西区'], ['2个', '张家口市桥西区']],
  },
  '桥西区: written after 邢台市, which has none in the tables: no candidate is guessed': {
    title: null,
    text: '邢台市桥西区今年签约项目7个。\n桥西区赴石家庄对接项目。',
    main: '桥西区',
    figures: [['7个', '桥西区']],
  },
  '普陀区: 舟山 in the title; 上海市普陀区 a destination': {
    title: '舟山普陀区招商引资捷报频传',
    text: '普陀区今年签约项目20个。\n普陀区赴上海市普陀区招商，普陀区落地项目6个。',
    main: '舟山市普陀区',
    figures: [['20个', '舟山市普陀区'], ['6个', '舟山市普陀区']],
  },
  '普陀区: 上海 in the lead; 舟山市普陀区 a partner': {
    title: null,
    text: '上海市普陀区今年引进外资项目12个。\n普陀区与舟山市普陀区签约，普陀区落地项目5个。',
    main: '上海市普陀区',
    figures: [['12个', '上海市普陀区'], ['5个', '上海市普陀区']],
  },
  '普陀区: the province (浙江) picks 舟山': {
    title: null,
    text: '浙江省海洋经济招商会举行，普陀区签约项目10个。',
    main: '舟山市普陀区',
    figures: [['10个', '舟山市普陀区']],
  },
  '和平区: 沈阳 in the title; 天津市和平区 a destination; 和平 as a common word is no place': {
    title: '沈阳市和平区招商引资',
    text: '和平区签约项目30个，坚持和平发展。\n和平区赴天津市和平区考察，和平区落地项目8个。',
    main: '沈阳市和平区',
    figures: [['30个', '沈阳市和平区'], ['8个', '沈阳市和平区']],
  },
  '和平区: a Tianjin article with 沈阳 as the venue': {
    title: '天津和平区招商',
    text: '和平区签约项目12个。\n和平区在沈阳举办推介会，签约项目4个。',
    main: '天津市和平区',
    figures: [['12个', '天津市和平区'], ['4个', '天津市和平区']],
  },
};


describe('same-name counties', () => {
  it.each(Object.entries(CASES))('%s', (_name, c) => {
    const regions = findRegions(c.text, c.title);
    const layout = layoutOf(c.text);
    const main = mainRegion(c.title, layout, regions);
    expect(main?.name ?? null).toBe(c.main);
    const got = c.figures.map(([f]) => {
      const at = offsetOf(c.text, f);
      expect(at).toBeGreaterThanOrEqual(0);
      return [f, regionFor(layout, regions, main, at).name];
    });
    expect(got).toEqual(c.figures);
  });

  it('a fully written other county stays its own mention, with its own adcode', () => {
    const text = '今年以来，朝阳区签约项目15个。朝阳区赴北京市朝阳区考察。';
    const ms = findRegions(text, '长春市朝阳区招商');
    expect(ms.map((m) => `${m.text}=${m.name}/${m.adcode}`)).toEqual([
      '朝阳区=长春市朝阳区/220104', '朝阳区=长春市朝阳区/220104', '北京市朝阳区=北京市朝阳区/110105',
    ]);
  });

  it('a bare county with no evidence has no city and no adcode', () => {
    expect(findRegions('鼓楼区签约项目9个。').map((m) => [m.name, m.adcode, m.city ?? null])).toEqual([['鼓楼区', null, null]]);
  });

  it('without a title, the text alone decides', () => {
    const text = '朝阳区签约项目15个。\n朝阳区赴北京市朝阳区考察。';
    // The only evidence is the destination: a weak one, still better than none.
    expect(findRegions(text).map((m) => m.name)).toEqual(['北京市朝阳区', '北京市朝阳区', '北京市朝阳区']);
    expect(findRegions(text, '长春市朝阳区招商').map((m) => m.name)).toEqual(['长春市朝阳区', '长春市朝阳区', '北京市朝阳区']);
  });
});
