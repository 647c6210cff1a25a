import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSql, type Sql } from '#shared/db'
import { createLogger } from '#shared/observability'
import { type LocalHost, serveHost } from '#shared/platform'
import { createTestHost, runScript, sendToHost } from '#shared/platform/testing'
import { eventually, useTestDatabase } from '#shared/testing'
import { raiseRateLimits } from '../bench/lib.ts'
import { compareRuns, type LoadRun, readRun } from './report.ts'
import { shareConnections } from './scenarios.ts'

const database = useTestDatabase()
let sql: Sql
let host: LocalHost
let url: string
let stopServing: () => Promise<void>
let dir: string

// The mart as `npm start` serves it, on this file's database, with the gateway's limits per
// client raised as the benchmarks raise them: one load generator is one client, and what is
// measured here is the functions, not the limiter.
beforeAll(async () => {
  sql = createSql(database().url)
  host = await createTestHost({
    sql,
    log: createLogger({ level: 'silent' }),
    adjustKongConfig: raiseRateLimits,
  })
  await eventually(async () => ((await sendToHost(host, '/readyz')).ok ? true : undefined), {
    what: 'the host ready',
  })
  const served = await serveHost(host, { port: 0, hostname: '127.0.0.1' })
  url = `http://127.0.0.1:${served.port}`
  stopServing = served.close
  dir = await mkdtemp(join(tmpdir(), 'mart-load-'))
})
afterAll(async () => {
  await stopServing()
  await host.close()
  await sql.end({ timeout: 5 })
  await rm(dir, { recursive: true, force: true })
})

const load = (args: string[]) => runScript('load.ts', args, { DATABASE_URL: database().url })

/**
 * A scenario for two seconds against the host (a registration hashes a password for about one
 * on a busy machine), with small preparation; its run as written.
 */
async function runScenario(scenario: string, extra: string[] = []) {
  const out = join(dir, `${scenario}-${Math.random().toString(36).slice(2)}.json`)
  const run = await load([
    scenario,
    ...['--url', url, '--duration', '2', '--connections', '6'],
    ...['--products', '30', '--users', '3', '--out', out, ...extra],
  ])
  expect(run.exitCode, run.stderr).toBe(0)
  return { ...run, out, json: JSON.parse(await readFile(out, 'utf8')) as LoadRun }
}

function expectTable(stdout: string, endpoints: string[]) {
  expect(stdout).toMatch(/^endpoint +connections +requests +req\/s +p50 +p99 +errors$/m)
  for (const endpoint of endpoints) {
    const row = new RegExp(
      `^${endpoint.replace(/[?{}/]/g, '\\$&')} +\\d+ +\\d+ +[\\d.]+ +[\\d.]+ ms +[\\d.]+ ms +0$`,
      'm',
    )
    expect(stdout).toMatch(row)
  }
}

function expectRun(json: LoadRun, scenario: string, endpoints: string[]) {
  expect(json).toMatchObject({ scenario, url, durationSeconds: 2, connections: 6 })
  expect(json.endpoints.map((result) => result.endpoint)).toEqual(endpoints)
  for (const result of json.endpoints) {
    expect(result.requests, result.endpoint).toBeGreaterThan(0)
    expect(result.errors, `${result.endpoint}: ${JSON.stringify(result.statusCodes)}`).toBe(0)
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms)
  }
}

const BROWSE = ['GET /products/{id}', 'GET /products?q={word}', 'GET /categories']
const ACCOUNTS = ['POST /auth/register', 'POST /auth/login', 'GET /users/me']

describe('npm run load', () => {
  it('browse seeds the catalog, loads product pages and searches, and compares with a run before', async () => {
    const first = await runScenario('browse')
    expect(first.stdout).toContain('catalog: seeded 30 new of 30 products')
    expectTable(first.stdout, BROWSE)
    expect(first.stdout).toContain(`wrote ${first.out}`)
    expectRun(first.json, 'browse', BROWSE)
    const [products] = await sql<{ count: number }[]>`select count(*)::int from catalog.products`
    expect(products?.count).toBe(30)

    const second = await runScenario('browse', ['--compare', first.out])
    expect(second.stdout).toContain('catalog: seeded 0 new of 30 products')
    expect(second.stdout).toContain(`against ${first.out}`)
    for (const endpoint of BROWSE) {
      const escaped = endpoint.replace(/[?{}/]/g, '\\$&')
      expect(second.stdout).toMatch(
        new RegExp(`^${escaped} +[\\d.]+× +[\\d.]+× +[\\d.]+× +0 → 0$`, 'm'),
      )
    }
  })

  it('accounts registers customers through the API, then loads register, log in and profile', async () => {
    const run = await runScenario('accounts')
    expect(run.stdout).toContain('customers: 3 registered and logged in')
    expectTable(run.stdout, ACCOUNTS)
    expectRun(run.json, 'accounts', ACCOUNTS)
    const [customers] = await sql<{ count: number }[]>`
      select count(*)::int from users.users where email like 'load-customer-%'`
    expect(customers?.count).toBe(3)
  })

  it('--serve starts a mart of its own whose limits per client never refuse', async () => {
    const out = join(dir, 'served.json')
    const run = await runScript(
      'load.ts',
      [
        'accounts',
        '--serve',
        '--duration',
        '2',
        '--connections',
        '3',
        '--users',
        '2',
        '--out',
        out,
      ],
      {},
    )
    expect(run.exitCode, run.stderr).toBe(0)
    expect(run.stdout).toContain('serving a mart of its own for this run')
    const json = JSON.parse(await readFile(out, 'utf8')) as LoadRun
    expect(json.url).not.toBe(url)
    for (const result of json.endpoints) {
      expect(result.statusCodes['429'], result.endpoint).toBeUndefined()
      expect(result.errors, result.endpoint).toBe(0)
    }
  })

  it('mixed loads both at once', async () => {
    const run = await runScenario('mixed')
    expectTable(run.stdout, [...BROWSE, ...ACCOUNTS])
    expectRun(run.json, 'mixed', [...BROWSE, ...ACCOUNTS])
    expect(run.json.endpoints.map((result) => result.connections)).toEqual([1, 1, 1, 1, 1, 1])
  })

  it('refuses bad options in one line and exits 2, before it prepares anything', async () => {
    const cases: [string[], string][] = [
      [[], 'load: name a scenario: browse, accounts, mixed'],
      [['shop'], 'load: scenario: must be one of browse, accounts, mixed'],
      [['browse', '--duration', '0'], 'load: --duration: must be a whole number from 1 to 3600'],
      [['browse', '--connections', 'many'], 'load: --connections: must be a whole number'],
      [['browse', '--url', 'localhost'], 'load: --url: must be an http(s) URL'],
      [['browse', '--speed', '9'], "load: Unknown option '--speed'"],
      [['browse', '--serve', '--url', url], 'load: --serve and --url: give one'],
      [['browse', '--compare', join(dir, 'none.json')], 'load: --compare: '],
    ]
    const runs = await Promise.all(cases.map(([args]) => load(args)))
    for (const [index, [args, message]] of cases.entries()) {
      const run = runs[index] ?? { exitCode: null, stdout: '', stderr: '' }
      expect(run.exitCode, args.join(' ')).toBe(2)
      expect(run.stderr.startsWith(message), run.stderr).toBe(true)
      expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1)
      expect(run.stdout).toBe('')
    }
    const notARun = join(dir, 'not-a-run.json')
    await writeFile(notARun, JSON.stringify({ scenario: 'browse' }))
    const refused = await load(['browse', '--compare', notARun])
    expect(refused.exitCode).toBe(2)
    expect(refused.stderr).toContain(`--compare: ${notARun}: is not a load run (url: `)
  })
})

describe('comparing two runs', () => {
  const result = (endpoint: string, requestsPerSecond: number, p50Ms: number, errors = 0) => ({
    endpoint,
    connections: 2,
    requests: requestsPerSecond * 10,
    requestsPerSecond,
    p50Ms,
    p99Ms: p50Ms * 4,
    errors,
    socketErrors: 0,
    statusCodes: { '200': requestsPerSecond * 10 - errors, '500': errors },
  })
  const run = (endpoints: ReturnType<typeof result>[]): LoadRun => ({
    scenario: 'browse',
    url: 'http://localhost:8000',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationSeconds: 10,
    connections: 4,
    endpoints,
  })

  it('gives this run over the earlier per endpoint, read back from their JSON files', async () => {
    const earlierFile = join(dir, 'earlier.json')
    const laterFile = join(dir, 'later.json')
    await writeFile(
      earlierFile,
      JSON.stringify(run([result('GET /a', 100, 10), result('GET /gone', 50, 5)])),
    )
    await writeFile(
      laterFile,
      JSON.stringify(run([result('GET /a', 250, 5, 3), result('GET /new', 80, 8)])),
    )
    expect(compareRuns(await readRun(earlierFile), await readRun(laterFile))).toEqual([
      {
        endpoint: 'GET /a',
        requestsPerSecond: '2.50×',
        p50: '0.50×',
        p99: '0.50×',
        errors: '0 → 3',
      },
      {
        endpoint: 'GET /new',
        requestsPerSecond: undefined,
        p50: undefined,
        p99: undefined,
        errors: '- → 0',
      },
      {
        endpoint: 'GET /gone',
        requestsPerSecond: undefined,
        p50: undefined,
        p99: undefined,
        errors: '0 → -',
      },
    ])
  })
})

describe('sharing connections among endpoints', () => {
  it('gives each at least one and the rest by weight', () => {
    expect(shareConnections(10, [4, 2, 1])).toEqual([6, 3, 1])
    expect(shareConnections(3, [4, 2, 1])).toEqual([1, 1, 1])
    expect(shareConnections(2, [4, 2, 1])).toEqual([1, 1, 1])
    expect(shareConnections(14, [4, 2, 1, 1, 1, 2]).reduce((a, b) => a + b)).toBe(14)
  })
})
