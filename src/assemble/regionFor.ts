// Which area a figure is about (SCHEMA `region`, `adcode`).
// STUB (foundation): replaced by the regions implementation.
import type { RegionMention } from '../model.js';
import type { TextLayout } from '../extract/textLayout.js';

export interface RegionChoice {
  name: string | null;
  adcode: string | null;
  /** The mention that decided it (for --explain), if any. */
  via: RegionMention | null;
}

/** The article's main region, from its title and lead. */
export function mainRegion(_title: string | null, _layout: TextLayout, _regions: RegionMention[]): RegionMention | null {
  return null;
}

export function regionFor(_layout: TextLayout, _regions: RegionMention[], main: RegionMention | null, _offset: number): RegionChoice {
  return { name: main?.name ?? null, adcode: main?.adcode ?? null, via: main };
}
