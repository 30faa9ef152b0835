import type { BenchOptions } from './options';
import { BENCH_JWT_SECRET } from './bench-tokens';

/** The environment a benchmarked API is configured with: its data dir, the bench secret, the log level. */
export function benchApiEnv(options: BenchOptions, dataDir: string): NodeJS.ProcessEnv {
  return {
    LEDGER_DATA_DIR: dataDir,
    LEDGER_JWT_SECRET: BENCH_JWT_SECRET,
    LEDGER_LOG_LEVEL: options.apiLogLevel,
  };
}
