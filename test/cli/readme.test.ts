// README keeps its opening commands and lists the options exactly as the option table declares them.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { optionsMarkdown } from '../../src/cli/options.js';

describe('README', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  it('opens with the two commands', () => {
    expect(readme.startsWith('# zhaoshang\n\n```sh\nnpm ci && npx zhaoshang extract fixtures/articles\nnpm test\n```\n')).toBe(true);
  });
  it('has the option table of src/cli/options.ts, and a section per command', () => {
    expect(readme).toContain(optionsMarkdown());
    for (const cmd of ['extract', 'check', 'report', 'stats', 'normalize']) expect(readme).toContain(`### ${cmd}`);
    expect(readme).toMatch(/hadoop-streaming/);
    expect(readme).toMatch(/\.pipe\("zhaoshang extract --input-format jsonl -/);
  });
});
