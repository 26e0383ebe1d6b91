// The V8 flag bin/zhaoshang.js starts Node with (its `#!/usr/bin/env -S node …` line). It lives here
// too so the benchmark can start its runs the same way and a test can check that the two agree.

/**
 * Semi-spaces of at most 4 MB for the main thread's young generation (V8's own cap here is 16 MB).
 * V8 grows a young generation whenever objects keep surviving collections, and in a run with
 * --jobs the main thread, which plans, orders and writes, always has some in flight: its heap went
 * from ~16 MB after 2,000 articles to ~41 MB after 20,000 and ~48 MB after 100,000. That made peak
 * RSS with --jobs 2 rise by 11–14% from 2,000 to 20,000 articles (issue 6); with this flag it
 * measured 314–316 and 319–321 MB. The workers keep young generations of their own
 * (src/parallel/extractPool.ts resets the flag before starting them).
 *
 * A V8 flag set at run time does not resize a heap that already exists, so it has to be given when
 * Node starts, and it also holds when this thread extracts (one job, report, stats, check, a single
 * article). 4 MB costs that no measurable time: one job over 2,000 articles ran 381–446 articles/s
 * with it and 335–462 without (three interleaved runs each); 1 MB cost 8–20%, and 8 MB let the
 * peak rise 5.5% from 2,000 to 20,000 articles. A single 1 MB article of unclosed nested HTML took
 * 0.98–1.18 s instead of 0.96–1.05 s.
 */
export const MAIN_THREAD_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
