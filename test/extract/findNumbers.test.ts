import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/extract/findNumbers.js';

type Expect = { text: string; value: number; valueHigh?: number | null; unit: string; unitWord?: string; approx?: string | null; measure?: string };

// [input, expected mentions] — matches
const MATCHES: [string, Expect[]][] = [
  ['总投资147.2亿元', [{ text: '147.2亿元', value: 14720000000, unit: 'CNY', unitWord: '亿元' }]],
  ['规模达1,303.7亿元', [{ text: '1,303.7亿元', value: 130370000000, unit: 'CNY' }]],
  ['到位2912万美元', [{ text: '2912万美元', value: 29120000, unit: 'USD', unitWord: '万美元' }]],
  ['1.2万亿元', [{ text: '1.2万亿元', value: 1200000000000, unit: 'CNY' }]],
  ['3千万元', [{ text: '3千万元', value: 30000000, unit: 'CNY', unitWord: '千万元' }]],
  ['1亿2000万元', [{ text: '1亿2000万元', value: 120000000, unit: 'CNY' }]],
  ['5000万港元', [{ text: '5000万港元', value: 50000000, unit: 'HKD' }]],
  ['8亿元人民币', [{ text: '8亿元人民币', value: 800000000, unit: 'CNY' }]],
  ['投资人民币5000万元', [{ text: '人民币5000万元', value: 50000000, unit: 'CNY' }]],
  ['二十亿日元', [{ text: '二十亿日元', value: 2000000000, unit: 'JPY' }]],
  ['300亿新台币', [{ text: '300亿新台币', value: 30000000000, unit: 'TWD' }]],
  ['金额新台币45.5亿元', [{ text: '新台币45.5亿元', value: 4550000000, unit: 'TWD' }]],
  ['港币8000万元', [{ text: '港币8000万元', value: 80000000, unit: 'HKD' }]],
  ['人民币3亿元', [{ text: '人民币3亿元', value: 300000000, unit: 'CNY' }]],
  ['比上年翻了一番', [{ text: '一番', value: 2, unit: 'times', unitWord: '番' }]],
  ['翻两番', [{ text: '两番', value: 4, unit: 'times' }]],
  ['5亿英镑和3亿欧元', [{ text: '5亿英镑', value: 500000000, unit: 'GBP' }, { text: '3亿欧元', value: 300000000, unit: 'EUR' }]],
  ['投资3个亿元', [{ text: '3个亿元', value: 300000000, unit: 'CNY' }]],
  ['签约项目29个', [{ text: '29个', value: 29, unit: 'count', unitWord: '个', measure: 'thing' }]],
  ['举办10多场', [{ text: '10多场', value: 10, unit: 'count', approx: 'over', measure: 'event' }]],
  ['290余个项目', [{ text: '290余个', value: 290, unit: 'count', approx: 'over' }]],
  ['拜访企业三十五家', [{ text: '三十五家', value: 35, unit: 'count', measure: 'thing' }]],
  ['外出招商4次', [{ text: '4次', value: 4, unit: 'count', measure: 'event' }]],
  ['引进企业上百家', [{ text: '上百家', value: 100, unit: 'count', approx: 'over' }]],
  ['签约额逾百亿元', [{ text: '百亿元', value: 10000000000, unit: 'CNY', approx: 'over' }]],
  ['总投资近千亿元', [{ text: '千亿元', value: 100000000000, unit: 'CNY', approx: 'about' }]],
  ['签约项目上千个', [{ text: '上千个', value: 1000, unit: 'count', approx: 'over' }]],
  ['赴外招商二十多趟', [{ text: '二十多趟', value: 20, unit: 'count', approx: 'over' }]],
  ['履约率超百分之五十', [{ text: '百分之五十', value: 50, unit: 'percent', approx: 'over' }]],
  ['接待客商2000人次', [{ text: '2000人次', value: 2000, unit: 'count', unitWord: '人次', measure: 'person' }]],
  ['分3批次', [{ text: '3批次', value: 3, unit: 'count', unitWord: '批次' }]],
  ['十几个项目', [{ text: '十几个', value: 10, unit: 'count', approx: 'over' }]],
  ['一千零五十个', [{ text: '一千零五十个', value: 1050, unit: 'count' }]],
  ['完成91.9%', [{ text: '91.9%', value: 91.9, unit: 'percent' }]],
  ['下降-22.2%', [{ text: '-22.2%', value: -22.2, unit: 'percent' }]],
  ['占百分之二十', [{ text: '百分之二十', value: 20, unit: 'percent' }]],
  ['提高3个百分点', [{ text: '3个百分点', value: 3, unit: 'percent', unitWord: '个百分点' }]],
  ['增长6倍', [{ text: '6倍', value: 6, unit: 'times', unitWord: '倍' }]],
  ['近三成', [{ text: '三成', value: 30, unit: 'percent', approx: 'about' }]],
  ['7亿元到10亿元', [{ text: '7亿元到10亿元', value: 700000000, valueHigh: 1000000000, unit: 'CNY' }]],
  ['7-10亿元', [{ text: '7-10亿元', value: 700000000, valueHigh: 1000000000, unit: 'CNY' }]],
  ['7～10亿元', [{ text: '7～10亿元', value: 700000000, valueHigh: 1000000000, unit: 'CNY' }]],
  ['7至10亿元', [{ text: '7至10亿元', value: 700000000, valueHigh: 1000000000, unit: 'CNY' }]],
  ['3-5千万元', [{ text: '3-5千万元', value: 30000000, valueHigh: 50000000, unit: 'CNY' }]],
  ['20到35之间', [{ text: '20到35', value: 20, valueHigh: 35, unit: 'none' }]],
  ['超9亿元', [{ text: '9亿元', value: 900000000, unit: 'CNY', approx: 'over' }]],
  ['逾50家', [{ text: '50家', value: 50, unit: 'count', approx: 'over' }]],
  ['约5亿元', [{ text: '5亿元', value: 500000000, unit: 'CNY', approx: 'about' }]],
  ['不低于400亿元', [{ text: '400亿元', value: 40000000000, unit: 'CNY', approx: 'at_least' }]],
  ['不超过50亿元', [{ text: '50亿元', value: 5000000000, unit: 'CNY', approx: 'at_most' }]],
  ['不足5亿元', [{ text: '5亿元', value: 500000000, unit: 'CNY', approx: 'under' }]],
  ['10亿元以上', [{ text: '10亿元', value: 1000000000, unit: 'CNY', approx: 'over' }]],
  ['20亿元左右', [{ text: '20亿元', value: 2000000000, unit: 'CNY', approx: 'about' }]],
  ['达8亿元', [{ text: '8亿元', value: 800000000, unit: 'CNY', approx: null }]],
  ['5亿多元', [{ text: '5亿多元', value: 500000000, unit: 'CNY', approx: 'over' }]],
  ['500多亿元', [{ text: '500多亿元', value: 50000000000, unit: 'CNY', approx: 'over' }]],
  ['共有1303家', [{ text: '1303家', value: 1303, unit: 'count' }]],
  ['编号以外的数字123', [{ text: '123', value: 123, unit: 'none' }]],
  ['50元6角三分', [{ text: '50元6角三分', value: 50.63, unit: 'CNY' }]],
  ['集中签约4个项目', [{ text: '4个', value: 4, unit: 'count', approx: null }]],
  ['去年签约383亿元', [{ text: '383亿元', value: 38300000000, unit: 'CNY', approx: null }]],
  ['总投资约677亿元', [{ text: '677亿元', value: 67700000000, unit: 'CNY', approx: 'about' }]],
];

// inputs that must yield no figure — misses
const MISSES: string[] = [
  '经过一番努力',
  '签约项目数十个', '几百家企业', '成百上千家', '千方百计',
  '别有一番风味',
  '2019年12月26日', '11月16日下午', '2023-04-25 16:17:05', '今年1-10月', '1—10月份', '2019-2021年', '一季度',
  '今年前11个月', '2022年', '第十三届', '第一季度', '第2批', '豫ICP备09014970号', '1+6+N', '8+2+2+4+N', '5G网络',
  '公司(14.000, 0.00, 0.00%)', '亿元以上项目', '电话0371-12345678', '手机13912345678', '邮编467000', '版本1.2.3',
  'http://www.example.com/2021/1234.html', 'abc123@qq.com', '一起努力', '四川', '十四五规划', '一次性', '1、2月份',
  '下午3点', '8时30分', '豫平公网安41040002020010', '编码410400020200', '30天', '3周年', '25岁', '3号线', '建成投产', '打造', 'A2021', '80年代',
];

describe('findNumbers', () => {
  it.each(MATCHES)('finds %s', (input, expected) => {
    const got = findNumbers(input);
    expect(got.map((m) => ({ text: m.text, value: m.value, unit: m.unit }))).toEqual(
      expected.map((e) => ({ text: e.text, value: e.value, unit: e.unit })),
    );
    expected.forEach((e, i) => {
      if (e.valueHigh !== undefined) expect(got[i].valueHigh).toBe(e.valueHigh);
      if (e.unitWord !== undefined) expect(got[i].unitWord).toBe(e.unitWord);
      if (e.approx !== undefined) expect(got[i].approx).toBe(e.approx);
      if (e.measure !== undefined) expect(got[i].measure).toBe(e.measure);
    });
  });

  it.each(MISSES)('finds nothing in %s', (input) => {
    expect(findNumbers(input)).toEqual([]);
  });

  it('keeps text === slice, sorted and non-overlapping in a mixed sentence', () => {
    const s = '今年1-10月，全区签约亿元以上项目29个，总投资147.2亿元，完成年度目标的91.9%，同比增长6倍。';
    const got = findNumbers(s);
    expect(got.map((m) => m.text)).toEqual(['29个', '147.2亿元', '91.9%', '6倍']);
    for (const m of got) expect(s.slice(m.start, m.end)).toBe(m.text);
  });

  it('computes money in decimal, without float noise', () => {
    expect(findNumbers('147.2亿元')[0].value).toBe(14720000000);
    expect(findNumbers('0.07亿元')[0].value).toBe(7000000);
    expect(findNumbers('1.1万元')[0].value).toBe(11000);
  });
});
