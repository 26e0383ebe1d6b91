// `--jobs` default: the cores this process may use. Its own file so the CLI can name the default
// without loading the pool.
import os from 'node:os';

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}
