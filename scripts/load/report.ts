/**
 * A load run as a table and as JSON, and the ratios of one run against an earlier one. The
 * JSON is what `--compare` reads back, so it is validated like any other input.
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { printTable, ratio } from '../bench/lib.ts'
import { SCENARIOS } from './options.ts'

export const EndpointResult = z.object({
  /** As the API names it, e.g. `GET /products/{id}`. */
  endpoint: z.string(),
  connections: z.number().int().positive(),
  requests: z.number().int().nonnegative(),
  requestsPerSecond: z.number().nonnegative(),
  p50Ms: z.number().nonnegative(),
  p99Ms: z.number().nonnegative(),
  /** Answers neither 2xx nor 3xx, and socket errors (timeouts among them). */
  errors: z.number().int().nonnegative(),
  socketErrors: z.number().int().nonnegative(),
  /** How many answers had each status code. */
  statusCodes: z.record(z.string().regex(/^\d{3}$/), z.number().int().nonnegative()),
})
export type EndpointResult = z.infer<typeof EndpointResult>

export const LoadRun = z.object({
  scenario: z.enum(SCENARIOS),
  url: z.string(),
  startedAt: z.iso.datetime(),
  durationSeconds: z.number().int().positive(),
  connections: z.number().int().positive(),
  endpoints: z.array(EndpointResult).min(1),
})
export type LoadRun = z.infer<typeof LoadRun>

/** An earlier run from its JSON file, or an error that says what is wrong with the file. */
export async function readRun(file: string): Promise<LoadRun> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${file}: cannot be read (${error.code ?? error.message})`)
  })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error(`${file}: is not JSON`)
  }
  const run = LoadRun.safeParse(json)
  if (run.success) return run.data
  const [issue] = run.error.issues
  throw new Error(`${file}: is not a load run (${issue?.path.join('.')}: ${issue?.message})`)
}

const ms = (value: number) => `${value.toFixed(1)} ms`

export function printRun(run: LoadRun): void {
  console.log(
    `${run.scenario} on ${run.url}: ${run.durationSeconds} s, ${run.connections} connections`,
  )
  printTable(
    ['endpoint', 'connections', 'requests', 'req/s', 'p50', 'p99', 'errors'],
    run.endpoints.map((result) => [
      result.endpoint,
      result.connections,
      result.requests,
      result.requestsPerSecond.toFixed(1),
      ms(result.p50Ms),
      ms(result.p99Ms),
      result.errors,
    ]),
  )
  for (const result of run.endpoints.filter((endpoint) => endpoint.errors > 0)) {
    const statuses = Object.entries(result.statusCodes)
      .filter(([status]) => Number(status) >= 400 || Number(status) < 200)
      .map(([status, count]) => `${count} × ${status}${status === '429' ? ' (rate limit)' : ''}`)
    const socket = result.socketErrors > 0 ? [`${result.socketErrors} socket errors`] : []
    console.log(`errors of ${result.endpoint}: ${[...statuses, ...socket].join(', ')}`)
  }
}

export interface Comparison {
  endpoint: string
  /** Undefined where the endpoint was in only one of the runs. */
  requestsPerSecond: string | undefined
  p50: string | undefined
  p99: string | undefined
  errors: string
}

const ratioOf = (now: number, then: number) => (then === 0 ? 'n/a' : ratio(now, then))

/** Each endpoint of either run: this run's req/s, p50 and p99 over the earlier one's. */
export function compareRuns(earlier: LoadRun, now: LoadRun): Comparison[] {
  const before = new Map(earlier.endpoints.map((result) => [result.endpoint, result]))
  const after = new Map(now.endpoints.map((result) => [result.endpoint, result]))
  const names = [...new Set([...after.keys(), ...before.keys()])]
  return names.map((endpoint) => {
    const then = before.get(endpoint)
    const current = after.get(endpoint)
    const both = then && current ? { then, current } : undefined
    return {
      endpoint,
      requestsPerSecond:
        both && ratioOf(both.current.requestsPerSecond, both.then.requestsPerSecond),
      p50: both && ratioOf(both.current.p50Ms, both.then.p50Ms),
      p99: both && ratioOf(both.current.p99Ms, both.then.p99Ms),
      errors: `${then?.errors ?? '-'} → ${current?.errors ?? '-'}`,
    }
  })
}

export function printComparison(earlierFile: string, comparisons: Comparison[]): void {
  console.log(
    `\nagainst ${earlierFile} (this run / that run; req/s higher is better, p50 and p99 lower):`,
  )
  printTable(
    ['endpoint', 'req/s', 'p50', 'p99', 'errors'],
    comparisons.map((row) => [
      row.endpoint,
      row.requestsPerSecond ?? 'only in one run',
      row.p50 ?? '',
      row.p99 ?? '',
      row.errors,
    ]),
  )
}
