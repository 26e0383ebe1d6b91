// Small numbers as written in dates: Arabic (11), full-width already folded by normalize,
// digit-by-digit Chinese (二〇二二, 一〇四) and counted Chinese (十一, 九十六, 一百零四).

const DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, 'O': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Regex source for one Chinese digit, 〇 to 九 (两 is only a count: 前两个月). */
export const CN_DIGIT = '[〇零一二三四五六七八九]';
/** Regex source for 1-99 in counted Chinese: 三, 十, 十一, 二十, 三十一, 九十六. */
export const CN_UNDER_100 = '(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两])';

/** The value of a small number written in any of the forms above, or null. */
export function numberOf(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s) return null;
  if ([...s].every((c) => c in DIGITS) && !s.includes('两') && s.length > 1) {
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  return countedValue(s);
}

// 一百零四 → 104, 九十六 → 96, 十一 → 11, 七 → 7.
function countedValue(s: string): number | null {
  let total = 0;
  let pending = 0;
  for (const c of s) {
    if (c in DIGITS) pending = DIGITS[c];
    else if (c === '十') { total += (pending || 1) * 10; pending = 0; }
    else if (c === '百') { total += (pending || 1) * 100; pending = 0; }
    else return null;
  }
  return total + pending;
}
