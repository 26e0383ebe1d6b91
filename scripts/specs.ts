// Runs the peer's Chinese spec files (../shared/peer-specs, Microsoft Recognizers-Text) through our
// number layer and prints per-file pass rates. `npm run specs` after `tsc`; `--failures` lists failing cases.
import fs from 'node:fs';
import path from 'node:path';
import { PEER_SPEC_FILES, judgeCase, type PeerSpecCase } from '../src/extract/numbers/peerSpecs.js';

const root = path.resolve(process.argv.find((a) => a.startsWith('--specs='))?.slice(8) ?? '../shared/peer-specs');
const showFailures = process.argv.includes('--failures');

if (!fs.existsSync(root)) {
  process.stderr.write(`peer specs not found at ${root} (pass --specs=DIR)\n`);
  process.exit(2);
}
for (const { file, model } of PEER_SPEC_FILES) {
  const cases = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as PeerSpecCase[];
  let passed = 0;
  const failures: string[] = [];
  cases.forEach((c, i) => {
    const v = judgeCase(c, model);
    if (v.pass) passed++;
    else failures.push(`  #${i} ${JSON.stringify(c.Input)}\n     want ${v.expected.join(' ; ') || '(nothing)'}\n     got  ${v.got.join(' ; ') || '(nothing)'}`);
  });
  const pct = ((100 * passed) / cases.length).toFixed(1);
  process.stdout.write(`${path.basename(file)}\t${passed} / ${cases.length}\t${pct}%\n`);
  if (showFailures && failures.length) process.stdout.write(`${failures.join('\n')}\n`);
}
