/**
 * `npm run load -- <scenario> [options]`: prepares what the scenario needs, loads its endpoints
 * together for the duration, prints a table per endpoint, writes the run as JSON and, with
 * `--compare`, prints its ratios against an earlier run. Bad options: one line on stderr, exit 2.
 */
import { z } from 'zod'
import { BaseConfig, ConfigError, readConfig } from '#shared/config'
import { LoadUsageError, parseLoadOptions, USAGE } from './options.ts'

/** The database to seed the catalog in; unset, that of a running `npm start`, if any. */
const LoadConfig = z.object({ DATABASE_URL: BaseConfig.shape.DATABASE_URL.optional() })

export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseLoadOptions(argv)
    if (options === 'help') {
      process.stdout.write(USAGE)
      return 0
    }
    const { DATABASE_URL } = readConfig(LoadConfig)
    // What runs the load (autocannon, the seed, the benchmarks' host) is loaded for a run
    // only: a wrong option is answered at once.
    const { runLoad } = await import('./load-run.ts')
    await runLoad(options, DATABASE_URL)
    return 0
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof LoadUsageError || error instanceof ConfigError) {
      process.stderr.write(`load: ${message} (npm run load -- --help)\n`)
      return 2
    }
    process.stderr.write(`load: ${message}\n`)
    return 1
  }
}
