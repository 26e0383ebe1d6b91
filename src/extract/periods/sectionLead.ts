// The lead a paragraph's figures fall back on when the paragraph has no period words of its own
// (SCHEMA: "else those of the section's lead sentence"). Only explicit structure makes a section:
//  - labelled items: paragraphs that open with a short label ("驻地招商。…", "（二）精准招商：…")
//    continue the nearest earlier unlabelled paragraph that announces the labels
//    ("驻地招商、精准招商……今年以来，我市采取…") or ends with a colon;
//  - bullets under a heading: "●新签约项目27个…" lines take the heading above them ("2022年");
//  - the first paragraph after a short heading takes the heading ("2022年" / "今年一季度").
// A paragraph that merely follows another one with period words is not in a section: its figures
// stay without a period (a 今年以来 two paragraphs back does not carry over).
import { textOf, type Span, type TextLayout } from '../textLayout.js';

// "驻地招商。", "（二）精准招商：", "3. 以商招商：": an optional enumerator, 2-10 Han characters
// (quotes allowed), then 。 or a colon, with more text after it.
const ITEM_LABEL = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]\s*)?(?<label>[\p{Script=Han}“”"‘’]{2,10})[。：:](?=\S)/u;
// Bullet marks that open box lines in reports: ● • ◆ ■ ▲ ★ ▶ ◇ □ ○ · ※ -.
const BULLET = /^[●•◆■▲★▶◇□○·※\-*]/;
const SENTENCE_PUNCT = /[。！？!?]/;
const MAX_HEADING = 30;

/** The label an item paragraph opens with ("驻地招商"), or null. */
export function itemLabelOf(paragraph: string): string | null {
  const m = ITEM_LABEL.exec(paragraph);
  return m?.groups ? m.groups.label.replace(/[“”"‘’]/g, '') : null;
}

export function isBulletLine(paragraph: string): boolean {
  return BULLET.test(paragraph);
}

/** A short line with no sentence punctuation: a heading or sub-heading. */
export function isHeadingLine(paragraph: string): boolean {
  return paragraph.length > 0 && paragraph.length <= MAX_HEADING && !SENTENCE_PUNCT.test(paragraph) && !isBulletLine(paragraph);
}

/** The span whose period words lead the section of the paragraph at offset, or null. */
export function sectionLeadOf(layout: TextLayout, offset: number): Span | null {
  const ps = layout.paragraphs;
  const i = ps.findIndex((p) => offset >= p.start && offset < p.end);
  if (i < 0) return null;
  const own = textOf(layout, ps[i]);
  const label = itemLabelOf(own);
  if (label) return labelledLead(layout, i, label);
  if (isBulletLine(own)) {
    let j = i - 1;
    while (j >= 0 && isBulletLine(textOf(layout, ps[j]))) j--;
    return j >= 0 && isHeadingLine(textOf(layout, ps[j])) ? ps[j] : null;
  }
  return i > 0 && isHeadingLine(textOf(layout, ps[i - 1])) ? ps[i - 1] : null;
}

function labelledLead(layout: TextLayout, i: number, label: string): Span | null {
  const ps = layout.paragraphs;
  let j = i - 1;
  while (j >= 0 && itemLabelOf(textOf(layout, ps[j]))) j--;
  if (j < 0) return null;
  const lead = textOf(layout, ps[j]);
  if (isHeadingLine(lead)) return null;
  const at = lead.indexOf(label);
  if (at >= 0) {
    // The sentence of the lead that announces the label, and any after it in that paragraph.
    const sentence = layout.sentences.find((s) => s.start <= ps[j].start + at && ps[j].start + at < s.end);
    return sentence ? { start: sentence.start, end: ps[j].end } : ps[j];
  }
  return /[：:]$/.test(lead) ? ps[j] : null;
}
