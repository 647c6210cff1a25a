/**
 * Idle memory: each HTTP function's bundle started as its container starts it (`node
 * index.mjs`), asked once for /healthz, left alone for a moment, and its resident set size read
 * from /proc; next to a bare `node:http` server file started the same way. Target: each
 * function ≤ 1.3 × the bare server. Hono alone on @hono/node-server (scripts/bench/hono-only.ts)
 * is measured the same way, as the floor the framework sets. Linux only (/proc).
 *
 *   npx tsx scripts/bench/idle-rss.ts [NAME...]     (all HTTP functions when none are named)
 *   IDLE_RSS_RUNS=5 IDLE_RSS_SETTLE_MS=2000 npx tsx scripts/bench/idle-rss.ts users-get-me
 */
import { setTimeout as sleep } from 'node:timers/promises'
import {
  benchDatabase,
  buildStartFiles,
  chooseHttpFunctions,
  functionEnvironment,
  HONO_ONLY,
  heading,
  isMain,
  KB,
  median,
  printTable,
  ratio,
  rssBytesOf,
  tempDir,
  verdict,
  whenStarted,
} from './lib.ts'

export const IDLE_RSS_TARGET = 1.3
const SETTLE_MS = Number(process.env.IDLE_RSS_SETTLE_MS ?? 1000)
const MB = KB * KB

export interface IdleRssResult {
  name: string
  rssBytes: number
}

export interface IdleRss {
  bare: IdleRssResult
  functions: IdleRssResult[]
  /** Hono on @hono/node-server with nothing else: the floor the framework sets. */
  honoAlone: IdleRssResult
}

/** The RSS of `file` started alone, after its first 200 on /healthz and SETTLE_MS of idling. */
function idleRssOf(file: string, env: Record<string, string>): Promise<number> {
  return whenStarted(file, env, async (running) => {
    await sleep(SETTLE_MS)
    const rss = rssBytesOf(running.child.pid)
    if (rss === undefined) throw new Error('no VmRSS in /proc: idle RSS is measured on Linux only')
    return rss
  })
}

export async function benchIdleRss(
  names?: string[],
  runs = Number(process.env.IDLE_RSS_RUNS ?? 3),
): Promise<IdleRss> {
  const chosen = await chooseHttpFunctions(names)
  heading(
    `idle RSS (after one /healthz and ${SETTLE_MS} ms idle; median of ${runs}; target ≤ ${IDLE_RSS_TARGET}× bare)`,
  )

  const out = await tempDir('idle-rss')
  const database = await benchDatabase()
  try {
    const { bare, files } = await buildStartFiles(out.path, chosen)
    const env = await functionEnvironment(database.url)
    const samples = new Map([...files.keys()].map((name) => [name, [] as number[]]))
    const bareSamples: number[] = []
    // Bare goes first in even runs and last in odd ones, so drift within a run hits it as it
    // hits the functions.
    for (let run = 0; run < runs; run++) {
      if (run % 2 === 0) bareSamples.push(await idleRssOf(bare, env))
      for (const [name, file] of files) samples.get(name)?.push(await idleRssOf(file, env))
      if (run % 2 === 1) bareSamples.push(await idleRssOf(bare, env))
    }

    const bareRss = median(bareSamples)
    const result = (name: string): IdleRssResult => ({
      name,
      rssBytes: median(samples.get(name) ?? []),
    })
    const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`
    printTable(
      ['server', 'idle RSS', 'ratio', 'target'],
      [
        ['(baseline) bare node:http', mb(bareRss), '1.00×', ''],
        ...[...files.keys()].map((name) => {
          const { rssBytes } = result(name)
          return [
            name,
            mb(rssBytes),
            ratio(rssBytes, bareRss),
            name === HONO_ONLY ? '' : verdict(rssBytes <= IDLE_RSS_TARGET * bareRss),
          ]
        }),
      ],
    )
    return {
      bare: { name: 'bare node:http', rssBytes: bareRss },
      functions: chosen.map(result),
      honoAlone: result(HONO_ONLY),
    }
  } finally {
    await database.close()
    await out.remove()
  }
}

if (isMain(import.meta)) await benchIdleRss(process.argv.slice(2))
