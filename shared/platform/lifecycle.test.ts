import { type ChildProcess, spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicJwkOf } from '#shared/auth'
import { testSigningKey, useTestDatabase } from '#shared/testing'
import { buildFunction, deployables } from './build/index.ts'
import { repoRoot } from './registry.ts'
import { freePort } from './testing/index.ts'

/**
 * A container's bundle and `npm start`, each in a process of its own, as an operator runs them:
 * SIGTERM under keep-alive load loses no request, and a start a user got wrong ends with one
 * readable line and a non-zero exit code.
 */

const database = useTestDatabase()
let outRoot: string
let bundle: string

beforeAll(async () => {
  outRoot = await mkdtemp(join(tmpdir(), 'mart-lifecycle-'))
  const source = (await deployables()).find((each) => each.name === 'users-register')
  if (!source) throw new Error('no users-register function')
  await buildFunction(source, outRoot)
  bundle = join(outRoot, 'users-register', 'index.mjs')
}, 60_000)

afterAll(() => rm(outRoot, { recursive: true, force: true }))

interface Running {
  child: ChildProcess
  stdout: string[]
  stderr: string[]
  exited: Promise<number | null>
  /** Resolves with the first stdout line that holds `text`. */
  line(text: string): Promise<string>
}

function run(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stdout: string[] = []
  const stderr: string[] = []
  const waiting: { text: string; found: (line: string) => void }[] = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    stdout.push(line)
    for (const wait of waiting.filter(({ text }) => line.includes(text))) wait.found(line)
  })
  createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line))
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
  return {
    child,
    stdout,
    stderr,
    exited,
    line: (text) =>
      new Promise((found, failed) => {
        const seen = stdout.find((line) => line.includes(text))
        if (seen) return found(seen)
        waiting.push({ text, found })
        void exited.then((code) =>
          failed(
            new Error(`exited (${code}) before "${text}":\n${[...stdout, ...stderr].join('\n')}`),
          ),
        )
      }),
  }
}

async function keys() {
  const key = await testSigningKey()
  return {
    AUTH_SIGNING_KEY: JSON.stringify(key.privateJwk),
    AUTH_JWKS: JSON.stringify({ keys: [publicJwkOf(key)] }),
  }
}

/** PostgreSQL's port: one known to be taken. */
const databasePort = () => ({ PORT: new URL(database().url).port })

interface Outcome {
  status?: number
  connection?: string
  error?: string
}

/**
 * `lanes` keep-alive clients registering accounts one after another, each until the server
 * refuses its connection (it has stopped listening). `onAnswers` runs once `after` answers came.
 */
function registerUnderLoad(port: number, lanes: number, after: number, onAnswers: () => void) {
  const agent = new Agent({ keepAlive: true, maxSockets: lanes })
  const outcomes: Outcome[] = []
  let answers = 0
  const run = randomUUID()
  let sequence = 0
  const registerOnce = () =>
    new Promise<Outcome>((resolve) => {
      const body = JSON.stringify({
        email: `load-${run}-${sequence++}@example.com`,
        password: 'a long passphrase',
        name: 'Load',
      })
      const req = request(
        { port, host: '127.0.0.1', method: 'POST', path: '/auth/register', agent },
        (res) => {
          res.resume()
          res.once('end', () =>
            resolve({ status: res.statusCode ?? 0, connection: String(res.headers.connection) }),
          )
        },
      )
      req.setHeader('content-type', 'application/json')
      req.once('error', (error: NodeJS.ErrnoException) =>
        resolve({ error: error.code ?? error.message }),
      )
      req.end(body)
    })
  const lane = async (): Promise<Outcome[]> => {
    const mine: Outcome[] = []
    for (;;) {
      const outcome = await registerOnce()
      mine.push(outcome)
      outcomes.push(outcome)
      if (outcome.status !== undefined && ++answers === after) onAnswers()
      if (outcome.error) return mine
    }
  }
  return Promise.all(Array.from({ length: lanes }, lane)).finally(() => agent.destroy())
}

/** A connection opened before the stop, asking /readyz once it began: the raw answer. */
function askReadinessLater(port: number) {
  const socket = connect(port, '127.0.0.1')
  const opened = new Promise((resolve) => socket.once('connect', resolve))
  let answer = ''
  socket.on('data', (chunk) => {
    answer += chunk.toString()
  })
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(answer)))
  return {
    opened,
    ask: () => {
      socket.write('GET /readyz HTTP/1.1\r\nhost: mart\r\n\r\n')
      return closed
    },
  }
}

const users = async () =>
  (await database().sql<{ n: number }[]>`select count(*)::int as n from users.users`)[0]?.n ?? 0

/** Stops `running` with SIGTERM under load and checks what clients and the operator saw. */
async function stopUnderLoad(running: Running, port: number) {
  const before = await users()
  const readiness = askReadinessLater(port)
  await readiness.opened
  const load = registerUnderLoad(port, 20, 40, () => running.child.kill('SIGTERM'))
  await running.line('shutting down')
  const readyz = await readiness.ask()
  const lanes = await load
  const outcomes = lanes.flat()
  const answered = outcomes.filter((outcome) => outcome.status !== undefined)

  expect(await running.exited).toBe(0)
  expect(readyz).toMatch(/^HTTP\/1\.1 503/)
  expect(readyz.toLowerCase()).toContain('connection: close')
  // A refused connection comes after the stop: nothing was sent. A reset would have been.
  expect(outcomes.filter((outcome) => outcome.error && outcome.error !== 'ECONNREFUSED')).toEqual(
    [],
  )
  // The gateway of npm start applies kong.yml's rate limit: 429 is an answer, 5xx never.
  expect(answered.filter((outcome) => (outcome.status ?? 0) >= 500)).toEqual([])
  const created = answered.filter((outcome) => outcome.status === 201)
  expect(created.length).toBeGreaterThan(0)
  // Each client's last answer told it to close; its next connection was refused.
  for (const lane of lanes) {
    expect(lane.at(-2)?.connection).toBe('close')
    expect(lane.at(-1)?.error).toBe('ECONNREFUSED')
  }
  expect(await users()).toBe(before + created.length)
  expect(running.stdout.some((line) => line.includes('"msg":"stopped"'))).toBe(true)
  expect(running.stdout.filter((line) => line.includes('"level":"error"'))).toEqual([])
}

describe('a function bundle', () => {
  const start = async (env: Record<string, string>) =>
    run([bundle], {
      PORT: '0',
      DATABASE_URL: database().url,
      ...(await keys()),
      ...env,
    })

  it('on SIGTERM under keep-alive load answers every request in hand, refuses the rest, and exits 0', async () => {
    const running = await start({ SHUTDOWN_GRACE_MS: '20000' })
    const { port } = JSON.parse(await running.line('"msg":"listening"')) as { port: number }
    await stopUnderLoad(running, port)
  }, 60_000)

  it.each([
    [
      'a variable unset',
      () => ({ DATABASE_URL: '' }),
      /^users-register cannot start: invalid configuration: DATABASE_URL: /,
    ],
    [
      'a variable invalid',
      () => ({ AUTH_JWKS: '{"keys":[]}' }),
      /^users-register cannot start: invalid configuration: AUTH_JWKS: keys /,
    ],
    [
      'a taken port',
      databasePort,
      /^users-register cannot start: port \d+ is in use by another process \(PORT\)$/,
    ],
    [
      'an unreachable database',
      () => ({ DATABASE_URL: 'postgres://mart:secret@127.0.0.1:1/mart' }),
      /^users-register cannot start: the database at 127\.0\.0\.1:1\/mart \(DATABASE_URL\) does not answer: connect ECONNREFUSED/,
    ],
  ])('started with %s, prints one line naming it and exits 1', async (_, env, line) => {
    const running = await start(env())
    expect(await running.exited).toBe(1)
    expect(running.stderr).toHaveLength(1)
    expect(running.stderr[0]).toMatch(line)
    expect(running.stderr[0]).not.toContain('secret')
    expect(running.stdout.filter((each) => !each.includes('"msg":"listening"'))).toEqual([])
  })
})

describe('npm start', () => {
  const startMart = async (env: Record<string, string>) =>
    run(['--import', 'tsx', 'scripts/start.ts'], {
      DATABASE_URL: database().url,
      ...(await keys()),
      ...env,
    })

  it('on SIGTERM under keep-alive load answers every request in hand, refuses the rest, and exits 0', async () => {
    const port = await freePort()
    const targetsFile = join(outRoot, 'prometheus', 'targets.json')
    const running = await startMart({
      PORT: String(port),
      SHUTDOWN_GRACE_MS: '20000',
      PROMETHEUS_TARGETS_FILE: targetsFile,
    })
    await running.line('the mart is open')
    // Where it listens, for a Prometheus on this machine (compose/prometheus/npm-start.yml).
    expect(JSON.parse(await readFile(targetsFile, 'utf8'))).toEqual([
      { targets: [`localhost:${port}`] },
    ])
    await stopUnderLoad(running, port)
  }, 120_000)

  it('started with a bad variable, prints one line naming it and exits 1', async () => {
    const running = await startMart({ PORT: 'eighty' })
    expect(await running.exited).toBe(1)
    expect(running.stderr).toEqual([
      'the mart cannot start: invalid configuration: PORT: Invalid input: expected number, received NaN',
    ])
  })

  it('started on a taken port, prints one line naming it and exits 1', async () => {
    const taken = databasePort().PORT
    const running = await startMart({ PORT: taken })
    expect(await running.exited).toBe(1)
    expect(running.stderr).toEqual([
      `the mart cannot start: port ${taken} is in use by another process (PORT)`,
    ])
  }, 60_000)
})
