/**
 * Cold start: the time from spawning `node dist/functions/<name>/index.mjs` to its first 200 on
 * /healthz, next to the same for a bare `node:http` server file started the same way. Runs are
 * interleaved (bare, function; then function, bare) so drift in the machine hits both alike.
 * Target: each function's median ≤ 1.5 × the bare server's median. Hono alone on
 * @hono/node-server (scripts/bench/hono-only.ts) is measured the same way, as the floor the
 * framework sets. The CPU time the process used until then is shown too: other load on the
 * machine moves it much less than wall time.
 *
 *   npx tsx scripts/bench/cold-start.ts [NAME...]     (all functions when none are named)
 *   COLD_START_RUNS=20 npx tsx scripts/bench/cold-start.ts users-get-me
 */
import {
  benchDatabase,
  buildStartFiles,
  chooseHttpFunctions,
  cpuMsOf,
  functionEnvironment,
  HONO_ONLY,
  heading,
  isMain,
  median,
  printTable,
  ratio,
  tempDir,
  verdict,
  whenStarted,
} from './lib.ts'

export const COLD_START_TARGET = 1.5

export interface ColdStartResult {
  name: string
  medianMs: number
  bareMedianMs: number
}

export interface ColdStarts {
  functions: ColdStartResult[]
  /** Hono on @hono/node-server with nothing else: the floor the framework sets. */
  honoAlone: ColdStartResult
}

interface Start {
  wallMs: number
  cpuMs: number | undefined
}

/** Milliseconds from spawn to the first 200 on /healthz, and the CPU used by then. */
function timeStart(file: string, env: Record<string, string>): Promise<Start> {
  return whenStarted(file, env, (running, spawnedAt) => ({
    wallMs: performance.now() - spawnedAt,
    cpuMs: cpuMsOf(running.child.pid),
  }))
}

export async function benchColdStart(
  names?: string[],
  runs = Number(process.env.COLD_START_RUNS ?? 10),
): Promise<ColdStarts> {
  const chosen = await chooseHttpFunctions(names)
  heading(
    `cold start (spawn → first 200 on /healthz; median of ${runs}; target ≤ ${COLD_START_TARGET}× bare)`,
  )

  const out = await tempDir('cold-start')
  const database = await benchDatabase()
  try {
    const { bare, files } = await buildStartFiles(out.path, chosen)
    const env = await functionEnvironment(database.url)
    // One start of each first, so the file system cache is warm for every file alike.
    await timeStart(bare, env)
    for (const file of files.values()) await timeStart(file, env)

    const targets = [...files.keys()]
    const samples = new Map(
      targets.map((name) => [name, { own: [] as Start[], bare: [] as Start[] }]),
    )
    for (let run = 0; run < runs; run++) {
      // Rotate which target goes first, and alternate whether bare goes before or after.
      const order = targets.map((_, i) => targets[(i + run) % targets.length] ?? '')
      for (const [position, name] of order.entries()) {
        const sample = samples.get(name)
        const file = files.get(name)
        if (!sample || !file) continue
        if ((run + position) % 2 === 0) {
          sample.bare.push(await timeStart(bare, env))
          sample.own.push(await timeStart(file, env))
        } else {
          sample.own.push(await timeStart(file, env))
          sample.bare.push(await timeStart(bare, env))
        }
      }
    }

    const wall = (starts: Start[]) => median(starts.map((start) => start.wallMs))
    const cpu = (starts: Start[]) => {
      const values = starts.flatMap((start) => (start.cpuMs === undefined ? [] : [start.cpuMs]))
      return values.length > 0 ? median(values) : undefined
    }
    const ms = (value: number | undefined) =>
      value === undefined ? 'n/a' : `${value.toFixed(1)} ms`
    const allBare = [...samples.values()].flatMap((sample) => sample.bare)
    const rows = targets.map((name) => {
      const sample = samples.get(name) ?? { own: [], bare: [] }
      const ownMs = wall(sample.own)
      const bareMs = wall(sample.bare)
      const ownCpu = cpu(sample.own)
      const bareCpu = cpu(sample.bare)
      return [
        name,
        ms(ownMs),
        ms(bareMs),
        ratio(ownMs, bareMs),
        name === HONO_ONLY ? '' : verdict(ownMs <= COLD_START_TARGET * bareMs),
        ms(ownCpu),
        ownCpu === undefined || bareCpu === undefined ? 'n/a' : ratio(ownCpu, bareCpu),
      ]
    })
    printTable(
      ['server', 'median', 'bare node:http', 'ratio', 'target', 'CPU', 'CPU ratio'],
      [
        [
          '(baseline) bare node:http',
          ms(wall(allBare)),
          ms(wall(allBare)),
          '1.00×',
          '',
          ms(cpu(allBare)),
          '1.00×',
        ],
        ...rows,
      ],
    )
    console.log('(each ratio is against the bare server runs interleaved with that server)')
    const result = (name: string): ColdStartResult => {
      const sample = samples.get(name) ?? { own: [], bare: [] }
      return { name, medianMs: wall(sample.own), bareMedianMs: wall(sample.bare) }
    }
    return { functions: chosen.map(result), honoAlone: result(HONO_ONLY) }
  } finally {
    await database.close()
    await out.remove()
  }
}

if (isMain(import.meta)) await benchColdStart(process.argv.slice(2))
