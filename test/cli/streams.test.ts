// The CLI as a filter: JSON lines in, records out line by line; --shard; Ctrl-C; a closed pipe.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE, bin, exitOf, fixtures, run, start, tempDir, waitFor } from './binary.js';

const line = (id: string, text: string): string => JSON.stringify({ id, published: '2023-11-08', text }) + '\n';

describe('JSONL input, shards, signals and pipes (built binary)', () => {
  it('writes the records of line 1 before line 2 is even written', async () => {
    const child = start(['extract', '--input-format', 'jsonl', '-', '--all', '--format', 'jsonl']);
    const stdout = waitFor(child.stdout, /"doc":"first"[^\n]*\n/);
    child.stdin.write(line('first', ARTICLE));
    const seen = await stdout; // stdin is still open: line 2 does not exist yet
    expect(seen).not.toContain('"doc":"second"');
    const more = waitFor(child.stdout, /"doc":"second"/);
    child.stdin.end(line('second', ARTICLE.replace('48个', '49个')));
    expect(await more).toContain('"doc":"second"');
    expect((await exitOf(child)).code).toBe(0);
  });

  it('reports a bad JSON line as file:line and goes on', () => {
    const r = run(['extract', '--input-format', 'jsonl', '-', '--all', '--format', 'jsonl'], {
      input: line('a', ARTICLE) + '{not json\n' + JSON.stringify({ text: 'no id' }) + '\n' + line('a', ARTICLE),
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^zhaoshang: -:2: not JSON/m);
    expect(r.stderr).toMatch(/^zhaoshang: -:3: no "id"/m);
    expect(r.stderr).toMatch(/^zhaoshang: a: duplicate id/m);
    expect(r.stdout.trim().split('\n').every((l) => JSON.parse(l).doc === 'a')).toBe(true);
  });

  it('--shard K/N: the shards together are exactly one run, each document in one shard', () => {
    const all = run(['extract', fixtures, '--all', '--format', 'jsonl', '-q']);
    expect(all.status, all.stderr).toBe(0);
    const whole = all.stdout.trim().split('\n');
    expect(whole.length).toBeGreaterThan(40);
    const shards = [0, 1, 2].map((k) => run(['extract', fixtures, '--all', '--format', 'jsonl', '--shard', `${k}/3`]));
    const docsOf = (out: string): Set<string> => new Set(out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).doc));
    const sets = shards.map((s) => docsOf(s.stdout));
    for (const s of shards) expect(s.stderr).toMatch(/other shards \d+/);
    expect(sets.every((s) => s.size > 0)).toBe(true);
    expect(sets[0].size + sets[1].size + sets[2].size).toBe(docsOf(all.stdout).size);
    const union = shards.flatMap((s) => s.stdout.trim().split('\n').filter(Boolean)).sort();
    expect(union).toEqual([...whole].sort());
  });

  it('Ctrl-C while writing -o FILE leaves no partial or temporary file', async () => {
    const dir = tempDir('sigint');
    const child = start(['extract', '--input-format', 'jsonl', '-', '--all', '-o', path.join(dir, 'out.csv')]);
    child.stdin.write(line('first', ARTICLE));
    // wait until the temporary file holds line 1's records: the run is mid-way, blocked on stdin
    const deadline = Date.now() + 20_000;
    const tmp = (): string | undefined => fs.readdirSync(dir).find((f) => f.endsWith('.tmp'));
    while (!(tmp() && fs.statSync(path.join(dir, tmp()!)).size > 200) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(tmp()).toBeDefined();
    child.kill('SIGINT');
    const { code, signal } = await exitOf(child);
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);

    // the same with `-` as one article: blocked reading standard input, the temporary file goes too
    const whole = start(['extract', '-', '-o', path.join(dir, 'whole.csv')]);
    whole.stdin.write(ARTICLE);
    while (!tmp() && Date.now() < deadline + 20_000) await new Promise((r) => setTimeout(r, 50));
    expect(tmp()).toBeDefined();
    await new Promise((r) => setTimeout(r, 200));
    whole.kill('SIGINT');
    await exitOf(whole);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a closed pipe (| head -1) is not an error: exit 0, nothing on stderr', () => {
    // enough records (≈1 MB of CSV) that writing outlives head
    const big = ARTICLE.repeat(3000);
    const dir = tempDir('pipe');
    fs.writeFileSync(path.join(dir, 'big.txt'), big);
    const r = spawnSync('bash', ['-c', `node "${bin}" extract "${dir}/big.txt" --all -q | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toBe('status=0');
  });
});
