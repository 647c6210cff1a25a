/**
 * A real Prometheus for the tests of the scrape configs, the alert rules and the dashboard:
 * Debian's `prometheus` package (.ci/run installs it), its `promtool`, and a server on a free
 * port with its storage in a folder of its own, removed when it stops.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { eventually } from '#shared/testing'
import { freePort } from '../db/embedded.ts'

export interface ToolRun {
  code: number
  output: string
}

/** `promtool ARGS…`: its exit code and everything it printed. */
export function promtool(...args: string[]): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile('promtool', args, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`
      if (!error) return resolve({ code: 0, output })
      if (typeof error.code === 'number') return resolve({ code: error.code, output })
      reject(error)
    })
  })
}

const Answer = z.object({ status: z.string(), data: z.unknown(), error: z.string().optional() })
const Vector = z.array(
  z.object({
    metric: z.record(z.string(), z.string()),
    value: z.tuple([z.number(), z.string()]),
  }),
)
type Vector = z.infer<typeof Vector>
const Series = z.array(z.record(z.string(), z.string()))
const Alerts = z.object({
  alerts: z.array(z.object({ labels: z.record(z.string(), z.string()), state: z.string() })),
})
const Rules = z.object({
  groups: z.array(
    z.object({
      name: z.string(),
      rules: z.array(z.object({ name: z.string(), health: z.string() })),
    }),
  ),
})

export interface RunningPrometheus {
  url: string
  /** GET /api/v1/<path> with `params`: the answer's data, or what Prometheus refused. */
  api(path: string, params?: Record<string, string | string[]>): Promise<z.infer<typeof Answer>>
  /** An instant query's vector. */
  query(expr: string): Promise<Vector>
  /** The label sets of the series a selector matches. */
  series(selector: string): Promise<Record<string, string>[]>
  alerts(): Promise<z.infer<typeof Alerts>['alerts']>
  rules(): Promise<z.infer<typeof Rules>['groups']>
  stop(): Promise<void>
}

/** Prometheus on `configFile`, resolved once its /-/ready answers (it exits: rejected). */
export async function startPrometheus(configFile: string): Promise<RunningPrometheus> {
  const port = await freePort()
  const storage = await mkdtemp(join(tmpdir(), 'mart-prometheus-'))
  const child: ChildProcess = spawn(
    'prometheus',
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${storage}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const output: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  let exitCode: number | null | undefined
  const exited = new Promise<void>((resolve) =>
    child.once('close', (code) => {
      exitCode = code
      resolve()
    }),
  )
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (exitCode === undefined) child.kill('SIGTERM')
    await exited
    await rm(storage, { recursive: true, force: true })
  }

  try {
    await eventually(
      async () => {
        if (exitCode !== undefined) throw new Error(`prometheus exited (${exitCode}):\n${output}`)
        const ready = await fetch(`${url}/-/ready`).catch(() => undefined)
        return ready?.ok ? true : undefined
      },
      { timeoutMs: 30_000, everyMs: 100, what: 'Prometheus ready' },
    )
  } catch (error) {
    await stop()
    throw error
  }

  async function api(path: string, params: Record<string, string | string[]> = {}) {
    const search = new URLSearchParams()
    for (const [name, values] of Object.entries(params)) {
      for (const value of [values].flat()) search.append(name, value)
    }
    const answer = await fetch(`${url}/api/v1/${path}?${search}`)
    return Answer.parse(await answer.json())
  }
  async function data(path: string, params: Record<string, string | string[]> = {}) {
    const answer = await api(path, params)
    if (answer.status !== 'success')
      throw new Error(`${path} ${JSON.stringify(params)}: ${answer.error}`)
    return answer.data
  }

  return {
    url,
    api,
    async query(expr) {
      const result = z.object({ resultType: z.literal('vector'), result: Vector })
      return result.parse(await data('query', { query: expr })).result
    },
    series: async (selector) => Series.parse(await data('series', { 'match[]': selector })),
    alerts: async () => Alerts.parse(await data('alerts')).alerts,
    rules: async () => Rules.parse(await data('rules')).groups,
    stop,
  }
}
