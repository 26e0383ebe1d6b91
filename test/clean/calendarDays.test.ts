import { describe, expect, it } from 'vitest';
import { calendarDayOf, cstDayOf, dateOfUrl } from '../../src/clean/calendarDays.js';

describe('cstDayOf: a metadata date as a China Standard Time day', () => {
  it.each([
    ['Thu, 18 Nov 2021 08:50:53 GMT', '2021-11-18'],
    ['Thu, 18 Nov 2021 16:50:53 GMT', '2021-11-19'],
    ['2021-11-18T20:50:53Z', '2021-11-19'],
    ['2021-11-18T15:59:59Z', '2021-11-18'],
    ['2021-11-18T16:00:00Z', '2021-11-19'],
    ['2021-11-18T23:30:00+08:00', '2021-11-18'],
    ['2021-11-18 16:00:00 +0800', '2021-11-18'],
    ['2021-11-18 20:00:00 -0500', '2021-11-19'],
    ['2021-11-18', '2021-11-18'],
    ['2021-11-18 23:59:59', '2021-11-18'],
    ["'2021-11-18'", '2021-11-18'],
    ['2021/11/8', '2021-11-08'],
    ['2021年11月18日', '2021-11-18'],
    ['20211118', '2021-11-18'],
    ['1637225453', '2021-11-18'],
  ])('%s → %s', (v, day) => expect(cstDayOf(v)).toBe(day));
  it.each(['', 'soon', '2021-02-30', '2021-13-01', 'Thu, 18 Nov 2021 08:50:53', '1', '0000-00-00'])('no day: %j', (v) => {
    expect(cstDayOf(v)).toBeNull();
  });
});

describe('dateOfUrl', () => {
  it.each([
    ['http://www.news.cn/local/2019-03/14/c_1124233.htm', '2019-03-14'],
    ['https://example.gov.cn/xwzx/20230425/abc.html', '2023-04-25'],
    ['http://example.com.cn/2019/0314/123.shtml', '2019-03-14'],
    ['http://example.com.cn/2019/03/14/123.shtml', '2019-03-14'],
    ['http://www.example.gov.cn/art/t20230425_4567.html', '2023-04-25'],
    ['http://www.example.cn/news/2021-11-18/abc.html', '2021-11-18'],
  ])('%s → %s', (url, day) => expect(dateOfUrl(url)).toBe(day));
  it.each([
    'http://www.example.cn/news/123456789.html',
    'http://www.example.cn/2019/1399/a.html',
    'http://20230425.example.cn/a.html',
    'http://www.example.cn/a.html?date=20230425',
    'http://www.example.cn/item/320230425999.html',
    null,
  ])('no date: %s', (url) => expect(dateOfUrl(url)).toBeNull());
});

describe('calendarDayOf', () => {
  it('refuses impossible and implausible days', () => {
    expect(calendarDayOf(2024, 2, 29)).toBe('2024-02-29');
    expect(calendarDayOf(2023, 2, 29)).toBeNull();
    expect(calendarDayOf(1900, 1, 1)).toBeNull();
  });
});
