// normalizeText skips OpenCC for texts it would leave unchanged (issue 6: most reports are
// simplified already). Skipping must never change a result: whenever mayConvert says no, the
// converter returns the text as it is. Checked on every dictionary key and value, on the fixture
// articles, and on random text built from the characters the skip is least sure about.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { config, convert, entries } from '../normalize/openccPreset.js';
import { mayConvert, normalizeText, simplifiedOf, triggerCharsOf } from '../../src/normalize/normalizeText.js';


describe('OpenCC skip', () => {
  it('knows the preset: traditional characters trigger, common simplified ones do not', () => {
    const chars = triggerCharsOf(config);
    expect(chars).not.toBeNull();
    for (const c of '這為個資萬億們會與發經濟項簽區實際產業開設計劃') expect(chars!.has(c), c).toBe(true);
    for (const c of '一的是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象') expect(chars!.has(c), c).toBe(false);
    // Simplified text (the fixtures once normalized) almost never needs the converter: the skip is
    // worth having. Not never: a few triggers are ordinary simplified characters too (the surname 梁,
    // a key of 樑 → 梁 phrases), and then the converter runs and changes nothing.
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'articles');
    const files = fs.readdirSync(dir);
    const converted = files.filter((f) => mayConvert(normalizeText(fs.readFileSync(path.join(dir, f), 'utf8'))));
    expect(converted.length, converted.join(', ')).toBeLessThanOrEqual(Math.floor(files.length / 10));
  });

  it('every dictionary key and value the skip passes converts to itself', () => {
    let passed = 0;
    for (const [k, v] of entries) {
      for (const s of [k, v, `${k}${v}`, `${v}${k}`]) {
        if (mayConvert(s)) continue;
        passed++;
        expect(convert(s), s).toBe(s);
      }
    }
    expect(passed).toBeGreaterThan(1000);
  });

  it('fixture articles: skipped ones are unchanged, and simplifiedOf equals the converter on all', () => {
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'articles');
    for (const f of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(simplifiedOf(text), f).toBe(convert(text));
      if (!mayConvert(text)) expect(convert(text), f).toBe(text);
    }
  });

  it('random text from dictionary characters: whenever the skip says no, the converter agrees', () => {
    // Characters of every key and value, weighted towards those the skip lets through.
    const all = [...new Set(entries.flatMap(([k, v]) => [...k, ...v]))];
    const quiet = all.filter((c) => !mayConvert(c));
    const pieces = entries.flatMap(([k, v]) => [k, v]).filter((s) => !mayConvert(s));
    const unit = fc.oneof(fc.constantFrom(...quiet), fc.constantFrom(...pieces), fc.constantFrom(...'，。的在了 1\n'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        return mayConvert(s) || convert(s) === s;
      }),
      { numRuns: 3000 },
    );
  });

  it('a trigger anywhere, astral characters and lone surrogates are handled', () => {
    expect(mayConvert('招商引资项目')).toBe(false);
    expect(mayConvert('招商引資項目')).toBe(true);
    expect(mayConvert('签约项目12个，總投資')).toBe(true);
    expect(mayConvert('\ud83d\ude00签约')).toBe(false);
    expect(mayConvert('\ud83d這')).toBe(true);
    expect(mayConvert('')).toBe(false);
  });
});
