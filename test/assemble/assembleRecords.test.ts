// Phrasing families → records, in our own sentences: matches (what each figure becomes) and
// misses (sentences that must yield no figure at all).
import { describe, expect, it } from 'vitest';
import { brief, recordsFor } from './helpers.js';

describe('metric, aspect and linking (matches)', () => {
  const cases: [string, string, string[]][] = [
    ['count then amount', '今年前三季度，全县签约项目31个，总投资88.6亿元。',
      ['31个 signed.projects/value 31', `88.6亿元 signed.investment/value 8860000000`]],
    ['amount after the stage word follows the count', '会上共有15个项目集中签约，总签约额达120亿元。',
      ['15个 signed.projects/value 15', `120亿元 signed.investment/value 12000000000`]],
    ['stage word before a long enumeration', '活动现场共签约新能源电池、精密模具、冷链仓储等9个项目，投资总额36亿元。',
      ['9个 signed.projects/value 9', `36亿元 signed.investment/value 3600000000`]],
    ['count and amount joined by 、', '各工作组签约项目44个、签约金额210.5亿元。',
      ['44个 signed.projects/value 44', `210.5亿元 signed.investment/value 21050000000`]],
    ['started stage with 预计总投资', '全年新开工项目17个，预计总投资64亿元。',
      ['17个 started.projects/value 17', `64亿元 started.investment/value 6400000000`]],
    ['each stage keeps its own amount', '签约项目20个，总投资90亿元；落地项目12个，总投资41亿元；在谈项目30个，总投资150亿元。',
      ['20个 signed.projects/value 20', `90亿元 signed.investment/value 9000000000`,
        '12个 landed.projects/value 12', `41亿元 landed.investment/value 4100000000`,
        '30个 negotiating.projects/value 30', `150亿元 negotiating.investment/value 15000000000`]],
    ['leads and 涉及投资', '全年收集项目线索88条，涉及投资260亿元。',
      ['88条 leads.projects/value 88', `260亿元 leads.investment/value 26000000000`]],
    ['引进…落户 is landed', '经开区引进某某精工等6个项目落户，总投资18亿元。',
      ['6个 landed.projects/value 6', `18亿元 landed.investment/value 1800000000`]],
    ['引进 alone is signed', '今年以来，全镇引进项目8个。', ['8个 signed.projects/value 8']],
    ['stage word with no count before its amount', '1-9月新签约项目总投资75.2亿元。', [`75.2亿元 signed.investment/value 7520000000`]],
    ['funds by origin', '实际到位省外资金41.2亿元，到位市外资金12亿元，实际利用外资860万美元。',
      [`41.2亿元 funds.out_of_province/value 4120000000`, `12亿元 funds.out_of_city/value 1200000000`,
        '860万美元 funds.foreign/value 8600000']],
    ['target and completion of the funds before', '到位市外资金15亿元，完成市定目标12亿元的125%。',
      [`15亿元 funds.out_of_city/value 1500000000`, `12亿元 funds.out_of_city/target 1200000000`, '125% funds.out_of_city/completion 125']],
    ['completion with no target amount', '实际到位省外资金9.6亿元，完成年度目标的88.2%。',
      [`9.6亿元 funds.out_of_province/value 960000000`, '88.2% funds.out_of_province/completion 88.2']],
    ['rates named by their word', '签约项目50个，履约项目44个，履约率88%；开工项目40个，开工率80%。',
      ['50个 signed.projects/value 50', '44个 landed.projects/value 44', '88% landed.projects/rate 88',
        '40个 started.projects/value 40', '80% started.projects/rate 80']],
    ['funds rate takes the funds before it', '到位省外资金30亿元，资金到位率61%。',
      [`30亿元 funds.out_of_province/value 3000000000`, '61% funds.out_of_province/rate 61']],
    ['growth and decline', '签约项目36个，同比增长20%；签约金额80亿元，同比下降12.5%。',
      ['36个 signed.projects/value 36', '20% signed.projects/growth 20',
        `80亿元 signed.investment/value 8000000000`, '12.5% signed.investment/growth -12.5']],
    ['growth in times', '实际利用外资1.2亿美元，是去年同期的4倍；签约金额30亿元，增长2倍。',
      [`1.2亿美元 funds.foreign/value 120000000`, '4倍 funds.foreign/growth 300',
        `30亿元 signed.investment/value 3000000000`, '2倍 signed.investment/growth 200']],
    ['change in the figure\'s own unit', '落地项目25个，比去年同期增加7个；履约率86%，比上年提高4个百分点。',
      ['25个 landed.projects/value 25', '7个 landed.projects/change 7', '86% landed.projects/rate 86', '4个百分点 landed.projects/change 4']],
    ['share of the count before', '签约项目40个，其中先进制造业项目26个，占比65%。',
      ['40个 signed.projects/value 40', '26个 signed.projects/value 26', '65% signed.projects/rate 65']],
    ['breakdown by sector continues across clauses', '新签约项目14个，其中工业项目6个，商贸项目5个，农业项目3个。',
      ['14个 signed.projects/value 14', '6个 signed.projects/value 6', '5个 signed.projects/value 5', '3个 signed.projects/value 3']],
    ['breakdown in the next sentence', '上半年签约项目30个。其中，工业项目19个、签约金额52亿元。',
      ['30个 signed.projects/value 30', '19个 signed.projects/value 19', `52亿元 signed.investment/value 5200000000`]],
    ['metric word leading the sentence', '本次签约项目中，数字经济项目11个，总投资10亿元以上项目4个。',
      ['11个 signed.projects/value 11', '4个 signed.projects/value 4']],
    ['targets', '今年力争签约项目不少于60个，新开工项目总额不低于200亿元。',
      ['60个 signed.projects/target 60', `200亿元 started.investment/target 20000000000`]],
    ['target lead sentence', '全年目标是：签约项目45个，外出招商30次以上。',
      ['45个 signed.projects/target 45', '30次 activity.trips/target 30']],
    ['annual investment plan and spending', '全区重点项目计划年度投资50亿元，1-8月完成投资38亿元，占年度计划的76%。',
      [`50亿元 invested.amount/target 5000000000`, `38亿元 invested.amount/value 3800000000`, '76% invested.amount/completion 76']],
    ['activities', '主要领导外出招商11次，举办专题推介会4场，拜访企业96家。',
      ['11次 activity.trips/value 11', '4场 activity.events/value 4', '96家 activity.visits/value 96']],
    ['an event count next to a signing word', '全年开展集中签约活动3次。', ['3次 activity.events/value 3']],
    ['growth after a distractor stays unplaced', '签约项目10个，龙头企业实现产值12亿元，同比增长20%。', ['10个 signed.projects/value 10']],
    ['an amount with its own count after it is no single project', '总投资120亿元的5个重大项目集中开工。', ['5个 started.projects/value 5']],
    ['size classes without 以上 are no figures', '签约项目中，投资超10亿元项目5个，5亿元至10亿元项目8个。',
      ['5个 signed.projects/value 5', '8个 signed.projects/value 8']],
    ['a stage word between measure word and noun', '全县48个在建招商引资项目累计完成投资52亿元。',
      ['48个 started.projects/value 48', '52亿元 invested.amount/value 5200000000']],
    ['a goal word governs the clauses after it', '明年全县力争到位市外资金30亿元，利用外资800万美元，新签约项目25个以上；举办招商推介活动不少于8场。',
      ['30亿元 funds.out_of_city/target 3000000000', '800万美元 funds.foreign/target 8000000', '25个 signed.projects/target 25', '8场 activity.events/target 8']],
    ['a goal run after a subject and time words', '按照部署，今年该县将确保引进项目40个，开工项目20个。',
      ['40个 signed.projects/target 40', '20个 started.projects/target 20']],
    ['a run ends at a word of achievement', '力争全年签约项目60个，截至目前已签约项目41个。',
      ['60个 signed.projects/target 60', '41个 signed.projects/value 41']],
    ['a plan inside a completion phrase opens no run', '全镇完成投资12亿元，占年度计划的60%；其中工业项目完成投资5亿元。',
      ['12亿元 invested.amount/value 1200000000', '60% invested.amount/completion 60', '5亿元 invested.amount/value 500000000']],
    ['funds with origin and 到位 in either order', '市外资金到位9.5亿元，同比增长8%；到位省外资金18亿元；外资到位600万美元，到位率92%。',
      ['9.5亿元 funds.out_of_city/value 950000000', '8% funds.out_of_city/growth 8', '18亿元 funds.out_of_province/value 1800000000',
        '600万美元 funds.foreign/value 6000000', '92% funds.foreign/rate 92']],
    ['a generic funds part of origin funds', '一季度引进省外资金50亿元。其中，来自珠三角的到位资金21亿元，占比42%。',
      ['50亿元 funds.out_of_province/value 5000000000', '21亿元 funds.out_of_province/value 2100000000', '42% funds.out_of_province/rate 42']],
    ['the base of a share is not the figure', '市外到位资金8亿元，占全部到位资金的64%。',
      ['8亿元 funds.out_of_city/value 800000000', '64% funds.out_of_city/rate 64']],
    ['a foreign-origin actual investment', '上年来自台湾的实际投资达5.6亿港元。', ['5.6亿港元 funds.foreign/value 560000000']],
    ['a doubling is growth 100 of the figure before', '落地项目24个，数量比上年翻了一番；签约金额90亿元，翻两番。',
      ['24个 landed.projects/value 24', '一番 landed.projects/growth 100', '90亿元 signed.investment/value 9000000000', '两番 signed.investment/growth 300']],
    ['a count with a threshold in two currencies', '新引进总投资超5亿元或5000万美元的项目12个。', ['12个 signed.projects/value 12']],
    ['a goal lead ending its clause', '明年工作目标，新签约项目40个，到位资金80亿元。',
      ['40个 signed.projects/target 40', '80亿元 funds.total/target 8000000000']],
    ['a breakdown of companies', '新注册外资企业30家，其中来自日韩的企业11家。',
      ['30家 landed.projects/value 30', '11家 landed.projects/value 11']],
    ['a size class continues the stage list', '新开工项目30个，总投资50亿元，10亿元以上项目4个。',
      ['30个 started.projects/value 30', '50亿元 started.investment/value 5000000000', '4个 started.projects/value 4']],
    ['a verb inside a money word still counts projects', '引进外资项目6个，利用外资900万美元。',
      ['6个 signed.projects/value 6', '900万美元 funds.foreign/value 9000000']],
    ['more stage and activity words', '招引落地项目9个，新设外资企业4家，新增入库项目13个；外出招商考察7次，参加展会5场。',
      ['9个 landed.projects/value 9', '4家 landed.projects/value 4', '13个 planned.projects/value 13', '7次 activity.trips/value 7', '5场 activity.events/value 5']],
    ['a change after the growth of an amount', '全年到位市外资金32.4亿元，同比增长9%，较上年增加2.7亿元。',
      ['32.4亿元 funds.out_of_city/value 3240000000', '9% funds.out_of_city/growth 9', '2.7亿元 funds.out_of_city/change 270000000']],
    ['numbered goals under a heading', '明年主要目标\n1.签约项目35个；\n2.到位资金70亿元。',
      ['35个 signed.projects/target 35', '70亿元 funds.total/target 7000000000']],
    ['将 with a stage verb is a goal', '明年该区将新签约项目50个，新开工项目30个。',
      ['50个 signed.projects/target 50', '30个 started.projects/target 30']],
    ['a province short name before 外 is out of province', '今年1-6月实现疆外到位资金1200亿元，同比增长15.2%；藏外资金到位150亿元。',
      ['1200亿元 funds.out_of_province/value 120000000000', '15.2% funds.out_of_province/growth 15.2', '150亿元 funds.out_of_province/value 15000000000']],
    ['区外 in a city of an autonomous region is out of province', '银川市今年实现区外到位资金120亿元，同比增长8%。',
      ['120亿元 funds.out_of_province/value 12000000000', '8% funds.out_of_province/growth 8']],
    ['区外 in a city district is only from outside', '南宁市青秀区今年区外到位资金30亿元。', ['30亿元 funds.domestic/value 3000000000']],
    ['区外境内 stays domestic in an autonomous region', '柳州市上半年引进区外境内资金260亿元。', ['260亿元 funds.domestic/value 26000000000']],
    ['域外, 县外 and 内资 funds are domestic', '该县今年域外资金到位45亿元，完成目标任务的80%；内资到位资金32亿元；县外资金到位5.6亿元。',
      ['45亿元 funds.domestic/value 4500000000', '80% funds.domestic/completion 80', '32亿元 funds.domestic/value 3200000000', '5.6亿元 funds.domestic/value 560000000']],
    ['省外/市外 with 到位 and 境内 in between', '引进省外到位资金128亿元，同比增长11%；市外境内到位资金56亿元。',
      ['128亿元 funds.out_of_province/value 12800000000', '11% funds.out_of_province/growth 11', '56亿元 funds.out_of_city/value 5600000000']],
    ['counts in round words', '今年新引进企业上百家，签约项目总投资逾百亿元；领导带队赴外招商二十多趟，举办推介会十余场。',
      ['上百家 signed.projects/value 100', '百亿元 signed.investment/value 10000000000', '二十多趟 activity.trips/value 20', '十余场 activity.events/value 10']],
    ['tenths written as 成 with a growth or share word', '签约项目45个，同比增长三成；到位省外资金120亿元，其中工业项目占比两成。',
      ['45个 signed.projects/value 45', '三成 signed.projects/growth 30', '120亿元 funds.out_of_province/value 12000000000', '两成 funds.out_of_province/rate 20']],
    ['a year opener with 力争 and 确保 over several clauses', '2025年，全市力争签约项目80个，总投资200亿元；确保新开工项目60个，到位省外资金300亿元。',
      ['80个 signed.projects/target 80', '200亿元 signed.investment/target 20000000000', '60个 started.projects/target 60', '300亿元 funds.out_of_province/target 30000000000']],
    ['明年 with 目标任务 as a lead', '明年目标任务：签约项目60个，到位资金150亿元，外出招商30次。',
      ['60个 signed.projects/target 60', '150亿元 funds.total/target 15000000000', '30次 activity.trips/target 30']],
    ['a goal lead ends at a word of achievement', '全年工作目标：新引进项目50个，截至目前已签约项目30个。',
      ['50个 signed.projects/target 50', '30个 signed.projects/value 30']],
    ['traditional stages', '储备项目70个；竣工投产项目9个，总投资21亿元。',
      ['70个 planned.projects/value 70', '9个 completed.projects/value 9', `21亿元 completed.investment/value 2100000000`]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(brief(recordsFor(text))).toEqual(expected);
  });
});

describe('distractors and non-figures (misses)', () => {
  const cases: [string, string][] = [
    ['company output', '该企业投产后可实现年产值15亿元，年纳税8000万元。'],
    ['people', '邀请企业家120人参加签约仪式，300余名客商到场。'],
    ['teams and bases', '组建招商小分队9支，设立驻地招商基地12个，明确主导产业6个。'],
    ['what follows the count is not a project', '围绕洽谈、签约、落地等5个招商环节建立台账。'],
    ['one named project', '其中包括某某新材料项目（投资25亿元）。'],
    ['a phase of one project', '该项目一期投资8亿元已开工建设。'],
    ['an article, not a count', '签约引进了一批优质项目，落地了一个重大项目。'],
    ['inbound visits', '“请进来”接待考察企业60家。'],
    ['internal meetings', '召开招商引资工作例会12次，项目协调会20余次。'],
    ['service cases', '受理项目代办事项800个，办结790个，办结率98.8%。'],
    ['a percent with no aspect word', '签约项目中制造业项目多，新兴产业投资强度高达50%。'],
    ['generic money word with an unplaced count', '安排重点项目60个，总投资500亿元。'],
    ['a keyword inside another word', '外资企业注册资本5000万元。'],
    ['agreements are not projects', '与三所高校签订战略合作协议3份。'],
    ['courted companies', '筛选目标企业40家，重点对接目标企业15家。'],
    ['the amount of one project named after it', '总投资18亿元的某某新材料项目正式开工建设。'],
    ['growth of an unplaced figure', '龙头企业实现产值12亿元，同比增长20%。'],
    ['a fund size', '新设产业基金2只，基金规模30亿元。'],
    ['companies entered in a statistics register', '新入库规模以上企业7家。'],
    ['将近 is an approx word, no goal', '项目投产后年产值将近9亿元。'],
    ['jobs of a project', '该项目投产后可提供就业岗位1500个。'],
    ['a per-month norm', '要求每个专班每月外出招商不少于3次。'],
    ['each of several areas', '两个园区的签约项目均超过20个。'],
    ['projects served, not landed', '为推动项目落地，已为45个项目办理各类手续。'],
    ['一番 with no 翻 is no number', '经过一番努力，项目终于签约。'],
    ['dozens and hundreds are no figure', '全年签约项目数十个，几百家企业成百上千家企业落户。'],
    ['a share of where the funds came from', '全市到位资金中近四成来自长三角地区。'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(brief(recordsFor(text))).toEqual([]);
  });
});

describe('record fields', () => {
  it('turns over/under into at_least/at_most in a target and keeps approx otherwise', () => {
    const r = recordsFor('全年计划举办招商活动8场以上。今年以来签约项目超30个。');
    expect(r.map((x) => [x.text, x.aspect, x.approx])).toEqual([['8场', 'target', 'at_least'], ['30个', 'value', 'over']]);
  });

  it('does not take a threshold amount as a figure and puts it in scope', () => {
    const r = recordsFor('全年签约总投资5亿元以上产业项目18个，其中亿元以上项目40个。');
    expect(r.map((x) => [x.text, x.metric, x.scope])).toEqual([
      ['18个', 'signed.projects', '总投资5亿元以上产业项目'],
      ['40个', 'signed.projects', '亿元以上'],
    ]);
  });

  it('gives the sentence, offsets and --explain words', () => {
    const text = '第一段。\n今年签约项目12个，总投资30亿元。';
    const [r] = recordsFor(text);
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.sentence).toBe('今年签约项目12个，总投资30亿元。');
    expect(r.rule).toBe('signed');
    expect(r.explain?.metric_words).toBe('签约项目');
  });

  it('keeps unplaced numbers as metric other only with --all', () => {
    expect(recordsFor('组织企业家50名。', { all: true }).map((r) => r.metric)).toEqual(['other']);
    expect(recordsFor('组织企业家50名。')).toEqual([]);
  });

  it('drops a headline that rounds a body figure with an approx word', () => {
    const records = recordsFor('某区签约金额超300亿元　开工率近七成\n今年以来，某区签约项目40个，签约金额316.2亿元；开工项目27个，开工率67.5%。');
    expect(brief(records)).toEqual(['40个 signed.projects/value 40', '316.2亿元 signed.investment/value 31620000000',
      '27个 started.projects/value 27', '67.5% started.projects/rate 67.5']);
  });

  it('lists a figure once: a headline restatement and a rounded repeat go', () => {
    const text = '高新区一季度签约45亿元\n今年一季度，高新区签约项目9个，签约金额45.3亿元。今年一季度，签约金额45亿元。';
    expect(brief(recordsFor(text, { published: '2023-04-10' }))).toEqual(['9个 signed.projects/value 9', `45.3亿元 signed.investment/value 4530000000`]);
  });

  it('drops a headline whose tenths (三成) restate a body percent', () => {
    const records = recordsFor('省外资金增长三成\n今年上半年全市到位省外资金56亿元，同比增长31.2%，近四成来自珠三角。');
    expect(brief(records)).toEqual(['56亿元 funds.out_of_province/value 5600000000', '31.2% funds.out_of_province/growth 31.2']);
  });

  it('keeps equal values of different metrics and two statements of one sentence', () => {
    const text = '签约项目4个，落地项目4个；举办推介会3场，开展集中签约活动3场。';
    expect(brief(recordsFor(text))).toEqual([
      '4个 signed.projects/value 4', '4个 landed.projects/value 4', '3场 activity.events/value 3', '3场 activity.events/value 3',
    ]);
  });
});
