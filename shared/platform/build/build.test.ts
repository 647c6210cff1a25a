import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { publicJwkOf } from '#shared/auth'
import { eventually, testSigningKey, useTestDatabase } from '#shared/testing'
import { readinessProbe } from '../generate/compose.ts'
import { SIZING } from '../generate/sizing.ts'
import { type PgBouncer, startPgBouncer } from '../testing/pgbouncer.ts'
import { type BuiltFunction, buildFunction, deployables } from './bundle.ts'

const database = useTestDatabase()
const sources = await deployables()
let outRoot: string
const built = new Map<string, BuiltFunction>()

beforeAll(async () => {
  outRoot = await mkdtemp(join(tmpdir(), 'mart-bundles-'))
  for (const source of sources) built.set(source.name, await buildFunction(source, outRoot))
}, 120_000)

afterAll(() => rm(outRoot, { recursive: true, force: true }))

let bouncer: PgBouncer
beforeAll(async () => {
  bouncer = await startPgBouncer(database().url)
})
afterAll(() => bouncer.stop())

/** How compose and the cluster connect a function of this kind: through PgBouncer (ADR 0016). */
function throughPgBouncer(kind: 'http' | 'scheduled') {
  return {
    DATABASE_URL: bouncer.urlOf(database().url),
    DATABASE_POOL_MAX: String(SIZING[kind].poolMax),
    DATABASE_PREPARED_STATEMENTS: 'false',
  }
}

interface Running {
  process: ChildProcess
  port: number
  lines: string[]
  exited: Promise<number | null>
}

async function environment(withSigningKey: boolean) {
  const key = await testSigningKey()
  return {
    PATH: process.env.PATH ?? '',
    PORT: '0',
    DATABASE_URL: database().url,
    KAFKA_BROKERS: inject('kafkaBrokers').join(','),
    AUTH_JWKS: JSON.stringify({ keys: [publicJwkOf(key)] }),
    ...(withSigningKey ? { AUTH_SIGNING_KEY: JSON.stringify(key.privateJwk) } : {}),
  }
}

/** Starts a bundle the way its container does and waits for its "listening" line. */
function start(name: string, env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [join(outRoot, name, 'index.mjs')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const exited = new Promise<number | null>((resolve) =>
    // 'close', not 'exit': by then every line of its output has been read.
    child.once('close', (code) => resolve(code)),
  )
  const errors: string[] = []
  createInterface({ input: child.stderr }).on('line', (line) => errors.push(line))
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line)
      const entry = JSON.parse(line) as { msg?: string; port?: number }
      if (entry.msg === 'listening' && entry.port)
        resolve({ process: child, port: entry.port, lines, exited })
    })
    void exited.then((code) =>
      reject(
        new Error(`${name} exited (${code}) before listening: ${[...lines, ...errors].join('\n')}`),
      ),
    )
  })
}

/** Runs the compose healthcheck's script against `port`: its exit code. */
async function probe(port: number): Promise<number | null> {
  const child = spawn(process.execPath, ['-e', readinessProbe(port)], { stdio: 'ignore' })
  return new Promise((resolve) => child.once('exit', resolve))
}

describe('each function bundle', () => {
  it('is one file with its source map, named after the function', () => {
    expect([...built.keys()]).toEqual(sources.map((source) => source.name))
    for (const fn of built.values()) {
      expect(fn.inputs).toContain(sources.find((source) => source.name === fn.name)?.entry)
    }
  })

  it('carries only the zod it uses, wherever a module takes `z` from (`#shared/http` too)', async () => {
    // No function uses zod's function, promise or codec schemas: a bundle that holds them kept
    // all of zod (about 95 KB more for an event function, whose handler takes `z` from the toolkit).
    for (const name of ['notifications-on-user-registered', 'users-register']) {
      const bundle = await readFile(join(outRoot, name, 'index.mjs'), 'utf8')
      for (const unused of ['ZodFunction', 'ZodPromise', 'ZodCodec']) {
        expect(bundle, `${name} holds ${unused}`).not.toContain(unused)
      }
    }
  })

  it('carries no pino-pretty: readable logs are for npm start in a terminal', async () => {
    for (const fn of built.values()) {
      expect(
        fn.inputs.filter((input) => input.includes('pino-pretty')),
        fn.name,
      ).toEqual([])
    }
  })

  it.each(sources.map((source) => source.name))(
    '%s starts alone, answers /healthz, /readyz and /metrics, and stops cleanly on SIGTERM',
    async (name) => {
      const running = await start(name, await environment(true))
      const base = `http://127.0.0.1:${running.port}`
      expect((await fetch(`${base}/healthz`)).status).toBe(200)
      // The compose healthcheck passes once /readyz does: for an event function, once its
      // consumer group has joined.
      await eventually(async () => ((await probe(running.port)) === 0 ? true : undefined), {
        what: `${name} healthy`,
      })
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('process_cpu_seconds_total')
      const startToReady = await eventually(
        async () =>
          (await (await fetch(`${base}/metrics`)).text()).match(
            /^process_start_to_ready_seconds (\S+)$/m,
          )?.[1],
        { what: `${name} showing its start-up time` },
      )
      expect(Number(startToReady)).toBeGreaterThan(0)
      running.process.kill('SIGTERM')
      expect(await running.exited).toBe(0)
      expect(running.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true)
      expect(await probe(running.port)).toBe(1)
    },
  )

  /** POST /auth/register to a running users-register bundle: the status it answers. */
  async function register(port: number, email: string): Promise<number> {
    const res = await fetch(`http://127.0.0.1:${port}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'a long passphrase', name: 'B' }),
    })
    return res.status
  }

  it('serves its route: the users-register bundle creates an account', async () => {
    const running = await start('users-register', await environment(false))
    expect(await register(running.port, 'bundle@example.com')).toBe(201)
    running.process.kill('SIGTERM')
    expect(await running.exited).toBe(0)
  })

  it('serves its route through PgBouncer in transaction mode, configured as it is deployed', async () => {
    const running = await start('users-register', {
      ...(await environment(false)),
      ...throughPgBouncer('http'),
    })
    const emails = Array.from({ length: 12 }, (_, index) => `bouncer-${index}@example.com`)
    const statuses = await Promise.all(emails.map((email) => register(running.port, email)))
    expect(statuses).toEqual(emails.map(() => 201))
    running.process.kill('SIGTERM')
    expect(await running.exited).toBe(0)
  })

  it.each(['straight to PostgreSQL', 'through PgBouncer'])(
    'of a scheduled function runs each tick once between two replicas %s, and stops cleanly',
    async (via) => {
      const fixture = {
        name: 'test-every-second',
        domain: 'platform',
        kind: 'scheduled',
        entry: 'shared/platform/testing/every-second.ts',
      } as const
      await buildFunction(fixture, outRoot)
      const env = {
        ...(await environment(false)),
        ...(via === 'through PgBouncer' ? throughPgBouncer('scheduled') : {}),
      }
      const replicas = [await start(fixture.name, env), await start(fixture.name, env)]
      const runs = () =>
        replicas.flatMap(({ lines }) =>
          lines
            .map((line) => JSON.parse(line) as { msg?: string; tick?: string; outcome?: string })
            .filter((entry) => entry.msg === 'scheduled run'),
        )
      await eventually(async () => (runs().length >= 3 ? true : undefined), {
        what: 'three scheduled runs',
      })
      const metrics = await Promise.all(
        replicas.map(async ({ port }) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text()),
      )
      for (const replica of replicas) replica.process.kill('SIGTERM')
      expect(await Promise.all(replicas.map((replica) => replica.exited))).toEqual([0, 0])

      const ticks = runs().map((run) => run.tick)
      expect(new Set(ticks).size, 'no tick ran twice').toBe(ticks.length)
      expect(runs().every((run) => run.outcome === 'success')).toBe(true)
      const lastRuns = metrics.flatMap((text) =>
        text
          .split('\n')
          .filter((line) => line.startsWith('scheduled_run_last_timestamp_seconds{'))
          .map((line) => Number(line.split(' ')[1]) * 1000),
      )
      expect(lastRuns.length).toBeGreaterThan(0)
      for (const lastRun of lastRuns) expect(ticks).toContain(new Date(lastRun).toISOString())
    },
  )

  it('refuses to start a token-signing function without AUTH_SIGNING_KEY', async () => {
    await expect(start('users-login', await environment(false))).rejects.toThrow(
      /AUTH_SIGNING_KEY is required/,
    )
  })
})
