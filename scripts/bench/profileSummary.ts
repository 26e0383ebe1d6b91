// Summarizes a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by source file.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/scripts/bench.js --profile-run …
//   node dist/scripts/bench/profileSummary.js /tmp/prof/CPU.*.cpuprofile [--top 25]
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface ProfileLine { name: string; ms: number; share: number }

export function summarizeProfile(profile: Profile, top = 25): { byFunction: ProfileLine[]; byFile: ProfileLine[]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? shortUrl(url) : '(native)';
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    file.set(where, (file.get(where) ?? 0) + ms);
    totalMs += ms;
  }
  const lines = (m: Map<string, number>): ProfileLine[] =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
  return { byFunction: lines(fn), byFile: lines(file), totalMs };
}

function shortUrl(url: string): string {
  const p = url.replace(/^file:\/\//, '');
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) return p.slice(nm + 'node_modules/'.length);
  const dist = p.indexOf('/dist/');
  return dist >= 0 ? p.slice(dist + 1) : p;
}

function main(): void {
  const files = process.argv.slice(2).filter((a) => a.endsWith('.cpuprofile'));
  const i = process.argv.indexOf('--top');
  const top = i >= 0 ? Number(process.argv[i + 1]) : 25;
  for (const f of files) {
    const { byFunction, byFile, totalMs } = summarizeProfile(JSON.parse(fs.readFileSync(f, 'utf8')) as Profile, top);
    process.stdout.write(`\n== ${path.basename(f)}: ${totalMs.toFixed(0)} ms sampled\n-- self time by file\n`);
    for (const l of byFile) process.stdout.write(`${l.ms.toFixed(0).padStart(7)} ms ${(l.share * 100).toFixed(1).padStart(5)}%  ${l.name}\n`);
    process.stdout.write('-- self time by function\n');
    for (const l of byFunction) process.stdout.write(`${l.ms.toFixed(0).padStart(7)} ms ${(l.share * 100).toFixed(1).padStart(5)}%  ${l.name}\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
