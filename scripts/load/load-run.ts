/**
 * One load run: the mart (`--url`, or one started for it with `--serve`), what the scenario
 * needs prepared there, its endpoints loaded together, the table, the JSON and the comparison.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { dataDir } from '#shared/platform'
import { benchDatabase, startHost } from '../bench/lib.ts'
import { type LoadOptions, LoadUsageError } from './options.ts'
import { compareRuns, type LoadRun, printComparison, printRun, readRun } from './report.ts'
import { loadEndpoints } from './run.ts'
import { prepare, SCENARIO } from './scenarios.ts'

/**
 * The mart `--serve` starts: the benchmarks' host (scripts/bench/serve-host.ts) in a process of
 * its own, on a fresh migrated database of the test server (DATABASE_URL as the server, else
 * 127.0.0.1:5432, else an embedded one), with the gateway's limits per client raised.
 */
async function serveMart() {
  const database = await benchDatabase()
  const host = await startHost(database.url, []).catch(async (error: unknown) => {
    await database.close()
    throw error
  })
  console.log('serving a mart of its own for this run (limits per client raised)')
  return {
    url: `http://127.0.0.1:${host.gatewayPort}`,
    databaseUrl: database.url,
    async stop() {
      await host.stop()
      await database.close()
    },
  }
}

const defaultOut = (scenario: string, startedAt: string) =>
  join(dataDir, 'load', `${scenario}-${startedAt.replaceAll(':', '-')}.json`)

/** A run of `options`: prepared, loaded, printed, written; an Error when it cannot be. */
export async function runLoad(options: LoadOptions, databaseUrl: string | undefined) {
  const earlier =
    options.compare === undefined
      ? undefined
      : await readRun(options.compare).catch((error: Error) => {
          throw new LoadUsageError(`--compare: ${error.message}`)
        })
  let served: Awaited<ReturnType<typeof serveMart>> | undefined
  try {
    served = options.serve ? await serveMart() : undefined
    const url = served?.url ?? options.url
    const scenario = SCENARIO[options.scenario]
    const prepared = await prepare(scenario, {
      ...options,
      url,
      databaseUrl: served?.databaseUrl ?? databaseUrl,
    })
    const startedAt = new Date().toISOString()
    const endpoints = await loadEndpoints(url, scenario.endpoints(prepared), {
      connections: options.connections,
      durationSeconds: options.duration,
    })
    const run: LoadRun = {
      scenario: options.scenario,
      url,
      startedAt,
      durationSeconds: options.duration,
      connections: options.connections,
      endpoints,
    }
    printRun(run)
    const out = options.out ?? defaultOut(options.scenario, startedAt)
    await mkdir(dirname(out), { recursive: true })
    await writeFile(out, `${JSON.stringify(run, null, 2)}\n`)
    console.log(`wrote ${out}`)
    if (earlier && options.compare) printComparison(options.compare, compareRuns(earlier, run))
  } finally {
    await served?.stop()
  }
}
