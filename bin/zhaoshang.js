#!/usr/bin/env -S node --max-semi-space-size=4
// Thin launcher: the compiled CLI lives in dist/ (built by `npm ci` through `prepare`).
// The flag on the first line is MAIN_THREAD_NODE_FLAGS (src/cli/nodeFlags.ts says why): a run of
// `node bin/zhaoshang.js` gives the same output without it, with a larger peak RSS on big corpora
// with --jobs.
import('../dist/src/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    console.error('zhaoshang: not built yet; run `npm ci` (or `npm run build`) first');
    process.exit(2);
  }
  throw err;
});
