// simplifiedOf converts only the runs (between separators) that hold a trigger character; the
// result must be the converter's on the whole text, whatever the text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { config, convert, entries } from './openccPreset.js';
import { mayConvert, separatorCharsOf, simplifiedOf } from '../../src/normalize/normalizeText.js';


describe('run-wise OpenCC conversion', () => {
  it('finds separators in the preset: characters in no dictionary key', () => {
    const seps = separatorCharsOf(config);
    expect(seps).not.toBeNull();
    for (const c of '\n，。') expect(seps!.has(c), JSON.stringify(c)).toBe(true);
    const keyChars = new Set(entries.flatMap(([k]) => [...k]));
    for (const c of seps!) expect(keyChars.has(c), c).toBe(false);
  });

  const cases: [string, string][] = [
    ['simplified only', '招商引资项目签约12个'],
    ['one traditional line among simplified ones', '招商引资\n簽約項目12個，總投資5億元\n签约项目'],
    ['phrase keys inside a run', '乾乾淨淨的鄉村，乾隆年間。'],
    ['trigger at the start and end', '這是。\n最後一個'],
    ['an IDS sequence swallowing a separator', '⿰\n這個，⿱。'],
    ['astral characters and lone surrogates', '\u{20000}這\ud83d\n\ud83d\ude00簽約'],
    ['separators only', '\n，。 \n'],
    ['empty', ''],
  ];
  it.each(cases)('%s: same as converting the whole text', (_, s) => {
    expect(simplifiedOf(s)).toBe(convert(s));
  });

  it('random texts from dictionary pieces, separators and IDS characters convert as a whole', () => {
    const pieces = entries.flatMap(([k, v]) => [k, v]);
    const unit = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...pieces) },
      { weight: 3, arbitrary: fc.constantFrom(...'\n，。 、的在了1招商') },
      { weight: 1, arbitrary: fc.constantFrom('⿰', '⿱', '⿻', '\ud83d', '\u{20000}', '\ufffd') },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        return simplifiedOf(s) === convert(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('a mostly simplified text holding a trigger still converts that trigger', () => {
    const s = '招商引资项目\n'.repeat(50) + '總投資';
    expect(mayConvert(s)).toBe(true);
    expect(simplifiedOf(s).endsWith('总投资')).toBe(true);
  });
});
