// The lead a paragraph's figures fall back on when the paragraph has no period words of its own
// (SCHEMA: "else those of the section's lead sentence"). Only explicit structure makes a section:
//  - labelled items: paragraphs that open with a short label ("驻地招商。…", "（二）精准招商：…")
//    continue the nearest earlier unlabelled paragraph that announces the labels
//    ("驻地招商、精准招商……今年以来，我市采取…") or ends with a colon;
//  - bullets under a heading: "●新签约项目27个…" lines take the heading above them ("2022年");
//  - the first paragraph after a short heading takes the heading ("2022年" / "今年一季度").
// A paragraph that merely follows another one with period words is not in a section: its figures
// stay without a period (a 今年以来 two paragraphs back does not carry over).
import { spanAt, spanIndexAt, type Span, type TextLayout } from '../textLayout.js';

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

// Per figure this is one binary search: what each paragraph is (item, bullet, heading) and how far
// back its run of items or bullets goes are worked out once per layout, on first need, and a
// lead's search for a label looks at its first LEAD_SEARCH characters only.
const LEAD_SEARCH = 4000;
const HEAD = 64;

interface Sections {
  /** Per paragraph: its item label, or null. */
  labels: (string | null)[];
  bullet: Uint8Array;
  heading: Uint8Array;
  /** Per paragraph i: the nearest j < i that is not an item (-1 if none). */
  beforeItems: Int32Array;
  /** Per paragraph i: the nearest j < i that is not a bullet line (-1 if none). */
  beforeBullets: Int32Array;
  /** Per paragraph: its lead, once worked out (undefined until then). */
  leads: (Span | null | undefined)[];
}

const sectionsCache = new WeakMap<TextLayout, Sections>();

function sectionsOf(layout: TextLayout): Sections {
  const hit = sectionsCache.get(layout);
  if (hit) return hit;
  const ps = layout.paragraphs;
  const n = ps.length;
  const s: Sections = {
    labels: new Array(n),
    bullet: new Uint8Array(n),
    heading: new Uint8Array(n),
    beforeItems: new Int32Array(n),
    beforeBullets: new Int32Array(n),
    leads: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const p = ps[i];
    // The tests look at a paragraph's opening only (a label is ≤ 10 characters after an enumerator,
    // a heading ≤ MAX_HEADING): no need to copy a long paragraph.
    const head = layout.text.slice(p.start, Math.min(p.end, p.start + HEAD));
    s.labels[i] = itemLabelOf(head);
    s.bullet[i] = isBulletLine(head) ? 1 : 0;
    s.heading[i] = p.end - p.start <= MAX_HEADING && isHeadingLine(head) ? 1 : 0;
    s.beforeItems[i] = i === 0 ? -1 : s.labels[i - 1] ? s.beforeItems[i - 1] : i - 1;
    s.beforeBullets[i] = i === 0 ? -1 : s.bullet[i - 1] ? s.beforeBullets[i - 1] : i - 1;
  }
  sectionsCache.set(layout, s);
  return s;
}

/** The span whose period words lead the section of the paragraph at offset, or null. */
export function sectionLeadOf(layout: TextLayout, offset: number): Span | null {
  const i = spanIndexAt(layout.paragraphs, offset);
  if (i < 0) return null;
  const s = sectionsOf(layout);
  let lead = s.leads[i];
  if (lead === undefined) s.leads[i] = lead = leadOf(layout, s, i);
  return lead;
}

function leadOf(layout: TextLayout, s: Sections, i: number): Span | null {
  const ps = layout.paragraphs;
  const label = s.labels[i];
  if (label) return labelledLead(layout, s, i, label);
  if (s.bullet[i]) {
    const j = s.beforeBullets[i];
    return j >= 0 && s.heading[j] ? ps[j] : null;
  }
  return i > 0 && s.heading[i - 1] ? ps[i - 1] : null;
}

function labelledLead(layout: TextLayout, s: Sections, i: number, label: string): Span | null {
  const ps = layout.paragraphs;
  const j = s.beforeItems[i];
  if (j < 0) return null;
  if (s.heading[j]) return null;
  const p = ps[j];
  const at = layout.text.slice(p.start, Math.min(p.end, p.start + LEAD_SEARCH)).indexOf(label);
  if (at >= 0) {
    // The sentence of the lead that announces the label, and any after it in that paragraph.
    const sentence = spanAt(layout.sentences, p.start + at);
    return sentence ? { start: sentence.start, end: p.end } : p;
  }
  return /[：:]$/.test(layout.text.slice(Math.max(p.start, p.end - 1), p.end)) ? p : null;
}
