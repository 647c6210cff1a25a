/**
 * Throughput with autocannon, three comparisons, each measured in one run against 127.0.0.1
 * only:
 *
 * 1. `GET /users/me` with a valid token through the local gateway (kong.yml applied) vs the
 *    users-get-me app served alone. Target: gateway ≥ 85 % of direct.
 * 2. The users-get-jwks bundle started as its container starts it vs Hono alone on
 *    @hono/node-server answering the identical JWKS JSON (scripts/bench/hono-only.ts), the
 *    floor the framework sets. Target: function ≥ 80 % of Hono alone. Two more servers answer
 *    the same, for information: bare `node:http`, and bare node:http doing only the request id,
 *    histogram and log line the issue asks of every request (scripts/bench/observed-only.ts),
 *    the floor the requirements set.
 * 3. `GET /users/me` on the users-get-me bundle, called directly with a valid token, vs bare
 *    node:http + postgres.js running the users domain's same query for a user id it is given,
 *    with no token check (scripts/bench/query-only.ts). Target: function ≥ 85 % of it.
 *
 * Each server is first warmed up once; then each measurement is a warm-up followed by a
 * fixed-length run with the same connections; the
 * servers are measured in rounds, each starting with another server and going the other way
 * round, and the rounds averaged. The CPU each serving process spent per request is shown too.
 *
 *   npx tsx scripts/bench/throughput.ts
 *   THROUGHPUT_SECONDS=20 THROUGHPUT_ROUNDS=5 npx tsx scripts/bench/throughput.ts
 */
import autocannon from 'autocannon'
import { hashPassword } from '#shared/auth'
import { insertUser } from '../../functions/users/lib/users.ts'
import {
  accessTokenFor,
  BENCH_RATE_LIMIT_PER_MINUTE,
  benchDatabase,
  buildBundles,
  buildReference,
  bundlePath,
  cpuMsOf,
  freePort,
  functionEnvironment,
  heading,
  isMain,
  mean,
  type NodeProcess,
  printTable,
  type Reference,
  ratio,
  startHost,
  startNode,
  stopNode,
  tempDir,
  verdict,
  waitFor200,
  writeBareServer,
} from './lib.ts'

/** How hard and how long a benchmark loads each server. */
export interface Load {
  connections: number
  seconds: number
  warmUpSeconds: number
  /** Before the first round: the JIT needs longer than one warm-up on a slow machine. */
  firstWarmUpSeconds: number
  rounds: number
}

/**
 * The load set by `<prefix>_CONNECTIONS`, `_SECONDS`, `_WARM_UP_SECONDS`,
 * `_FIRST_WARM_UP_SECONDS` and `_ROUNDS`, each benchmark with its own prefix.
 */
export function loadFromEnvironment(prefix: string, defaultConnections: number): Load {
  const setting = (name: string, fallback: number) =>
    Number(process.env[`${prefix}_${name}`] ?? fallback)
  return {
    connections: setting('CONNECTIONS', defaultConnections),
    seconds: setting('SECONDS', 10),
    warmUpSeconds: setting('WARM_UP_SECONDS', 2),
    firstWarmUpSeconds: setting('FIRST_WARM_UP_SECONDS', 6),
    rounds: setting('ROUNDS', 3),
  }
}

const LOAD = loadFromEnvironment('THROUGHPUT', 10)

export const GATEWAY_TARGET = 0.85
export const FUNCTION_TARGET = 0.8
export const GET_ME_TARGET = 0.85

export interface Target {
  label: string
  url: string
  headers?: Record<string, string>
  /** The serving process, to read how much CPU it spent per request. */
  pid?: number | undefined
}

export interface Measured {
  label: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Answers that were not 2xx, errors and timeouts: any of these spoils the run. */
  failures: number
  /** CPU the serving process spent per request, in µs; steadier than req/s on a busy machine. */
  cpuUsPerRequest: number | undefined
}

async function measure(target: Target, seconds: number, connections: number) {
  const cpuBefore = cpuMsOf(target.pid)
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    ...(target.headers ? { headers: target.headers } : {}),
  })
  const cpuAfter = cpuMsOf(target.pid)
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuUsPerRequest:
      cpuBefore === undefined || cpuAfter === undefined || result.requests.total === 0
        ? undefined
        : ((cpuAfter - cpuBefore) * 1000) / result.requests.total,
  }
}

/**
 * Rounds of (warm-up, run) for every target; each round starts with a different target and
 * goes the other way round, so no target always follows the same one.
 */
export async function measureAll(targets: Target[], load: Load = LOAD): Promise<Measured[]> {
  const runs = new Map<Target, Awaited<ReturnType<typeof measure>>[]>(
    targets.map((target) => [target, []]),
  )
  for (const target of targets) {
    await measure(target, load.firstWarmUpSeconds, load.connections)
  }
  for (let round = 0; round < load.rounds; round++) {
    const rotated = targets.map((_, i) => targets[(i + round) % targets.length] as Target)
    const order = round % 2 === 0 ? rotated : rotated.reverse()
    for (const target of order) {
      await measure(target, load.warmUpSeconds, load.connections)
      const run = await measure(target, load.seconds, load.connections)
      runs.get(target)?.push(run)
      console.log(
        `  round ${round + 1}/${load.rounds} ${target.label}: ${Math.round(run.requestsPerSecond)} req/s`,
      )
    }
  }
  return targets.map((target) => {
    const all = runs.get(target) ?? []
    return {
      label: target.label,
      requestsPerSecond: mean(all.map((run) => run.requestsPerSecond)),
      p50Ms: mean(all.map((run) => run.p50Ms)),
      p99Ms: mean(all.map((run) => run.p99Ms)),
      failures: all.reduce((sum, run) => sum + run.failures, 0),
      cpuUsPerRequest: all.every((run) => run.cpuUsPerRequest !== undefined)
        ? mean(all.map((run) => run.cpuUsPerRequest ?? 0))
        : undefined,
    }
  })
}

/** The table: the baseline, references (no target) and the measured server with its target. */
export function printComparison(
  baseline: Measured,
  candidate: Measured,
  target: number,
  references: Measured[] = [],
) {
  const row = (m: Measured, kind: 'baseline' | 'reference' | 'candidate') => [
    kind === 'candidate' ? m.label : `(${kind}) ${m.label}`,
    Math.round(m.requestsPerSecond),
    `${m.p50Ms.toFixed(1)} ms`,
    `${m.p99Ms.toFixed(1)} ms`,
    m.failures,
    m.cpuUsPerRequest === undefined ? 'n/a' : `${Math.round(m.cpuUsPerRequest)} µs`,
    kind === 'baseline' ? '1.00×' : ratio(m.requestsPerSecond, baseline.requestsPerSecond),
    kind === 'candidate'
      ? `${verdict(m.requestsPerSecond >= target * baseline.requestsPerSecond && m.failures === 0)} (≥ ${target.toFixed(2)}×)`
      : '',
  ]
  printTable(
    ['server', 'req/s', 'p50', 'p99', 'non-2xx/errors', 'CPU/request', 'ratio', 'target'],
    [
      row(baseline, 'baseline'),
      ...references.map((m) => row(m, 'reference')),
      row(candidate, 'candidate'),
    ],
  )
}

/** A customer's access token, registered and logged in through the gateway as a client is. */
async function customerToken(gatewayPort: number): Promise<string> {
  const post = (path: string, body: unknown) =>
    fetch(`http://127.0.0.1:${gatewayPort}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  const credentials = { email: 'bench@example.com', password: 'a long passphrase' }
  const registered = await post('/auth/register', { ...credentials, name: 'Bench' })
  if (registered.status !== 201) throw new Error(`register answered ${registered.status}`)
  const login = await post('/auth/login', credentials)
  if (login.status !== 200) throw new Error(`login answered ${login.status}`)
  return ((await login.json()) as { accessToken: string }).accessToken
}

export async function benchGatewayVsDirect(): Promise<[Measured, Measured]> {
  heading('throughput 1: GET /users/me through the local gateway vs the function alone')
  console.log(
    `rate limits raised to ${BENCH_RATE_LIMIT_PER_MINUTE.toLocaleString('en')} per window for this run: the limiter runs but never refuses`,
  )
  const database = await benchDatabase()
  const host = await startHost(database.url, ['users-get-me'])
  try {
    const headers = { authorization: `Bearer ${await customerToken(host.gatewayPort)}` }
    const direct = {
      label: 'users-get-me alone',
      url: `http://127.0.0.1:${host.directPorts['users-get-me']}/users/me`,
      headers,
      pid: host.pid,
    }
    const gateway = {
      label: 'through the gateway',
      url: `http://127.0.0.1:${host.gatewayPort}/users/me`,
      headers,
      pid: host.pid,
    }
    const [baseline, candidate] = (await measureAll([direct, gateway])) as [Measured, Measured]
    printComparison(baseline, candidate, GATEWAY_TARGET)
    return [baseline, candidate]
  } finally {
    await host.stop()
    await database.close()
  }
}

/** Starts `file` on a free port and waits for its /healthz; `running` gets it, to be stopped. */
export async function startServer(
  file: string,
  env: Record<string, string>,
  running: NodeProcess[],
): Promise<{ port: number; pid: number | undefined }> {
  const port = await freePort()
  const server = startNode(file, { ...env, PORT: String(port) })
  running.push(server)
  await waitFor200(port, '/healthz', server)
  return { port, pid: server.child.pid }
}

/** Hono alone (the baseline), the function, and bare node:http and observed-only beside them. */
export async function benchFunctionVsHono(): Promise<{
  honoAlone: Measured
  fn: Measured
  bare: Measured
  observedOnly: Measured
}> {
  heading('throughput 2: users-get-jwks bundle vs Hono alone with the same JSON')
  const out = await tempDir('throughput')
  const database = await benchDatabase()
  const running: NodeProcess[] = []
  try {
    await buildBundles(out.path, ['users-get-jwks'])
    const env = await functionEnvironment(database.url)
    const fn = await startServer(bundlePath(out.path, 'users-get-jwks'), env, running)
    const path = '/.well-known/jwks.json'
    const answer = await fetch(`http://127.0.0.1:${fn.port}${path}`)
    const body = await answer.text()
    const contentType = answer.headers.get('content-type') ?? 'application/json'
    const cacheControl = answer.headers.get('cache-control') ?? ''
    const bareFile = await writeBareServer(out.path, body, {
      'content-type': contentType,
      'cache-control': cacheControl,
    })
    const bare = await startServer(bareFile, { PATH: process.env.PATH ?? '' }, running)
    const startReference = async (reference: Reference, headers: Record<string, string>) =>
      startServer(
        await buildReference(out.path, reference),
        {
          PATH: process.env.PATH ?? '',
          BENCH_BODY: body,
          BENCH_HEADERS: JSON.stringify(headers),
        },
        running,
      )
    // Hono's c.json() sets the content type itself, as a function's does.
    const hono = await startReference('hono-only', { 'cache-control': cacheControl })
    const observed = await startReference('observed-only', {
      'content-type': contentType,
      'cache-control': cacheControl,
    })
    const answers = await Promise.all(
      [bare.port, hono.port, observed.port].map(async (port) =>
        (await fetch(`http://127.0.0.1:${port}${path}`)).text(),
      ),
    )
    if (answers.some((answer) => answer !== body)) throw new Error('the servers answer differently')
    console.log(`all answer the same ${body.length}-byte JWKS (content-type ${contentType})`)
    const target = (label: string, server: { port: number; pid: number | undefined }) => ({
      label,
      url: `http://127.0.0.1:${server.port}${path}`,
      pid: server.pid,
    })
    const [honoAlone, bareMeasured, observedOnly, candidate] = (await measureAll([
      target('Hono alone, same JSON', hono),
      target('bare node:http', bare),
      target('node:http + request id, histogram, log line', observed),
      target('users-get-jwks bundle', fn),
    ])) as [Measured, Measured, Measured, Measured]
    printComparison(honoAlone, candidate, FUNCTION_TARGET, [bareMeasured, observedOnly])
    return { honoAlone, fn: candidate, bare: bareMeasured, observedOnly }
  } finally {
    for (const process of running) await stopNode(process)
    await database.close()
    await out.remove()
  }
}

/** query-only (the baseline) and the users-get-me bundle, both answering one user's profile. */
export async function benchGetMeVsQuery(): Promise<[Measured, Measured]> {
  heading('throughput 3: GET /users/me, users-get-me bundle vs node:http + postgres.js')
  const out = await tempDir('get-me')
  const database = await benchDatabase()
  const running: NodeProcess[] = []
  try {
    await buildBundles(out.path, ['users-get-me'])
    const user = await insertUser(database.sql, {
      email: 'bench@example.com',
      name: 'Bench',
      passwordHash: await hashPassword('a long passphrase'),
      role: 'customer',
    })
    if (!user) throw new Error('the bench user could not be inserted')
    const env = await functionEnvironment(database.url)
    const fn = await startServer(bundlePath(out.path, 'users-get-me'), env, running)
    const query = await startServer(
      await buildReference(out.path, 'query-only'),
      { PATH: process.env.PATH ?? '', DATABASE_URL: database.url },
      running,
    )
    const path = '/users/me'
    const direct = {
      label: 'users-get-me bundle',
      url: `http://127.0.0.1:${fn.port}${path}`,
      headers: {
        authorization: `Bearer ${await accessTokenFor({ userId: user.id, role: user.role })}`,
      },
      pid: fn.pid,
    }
    const reference = {
      label: 'node:http + postgres.js, same query',
      url: `http://127.0.0.1:${query.port}${path}`,
      headers: { 'x-user-id': user.id },
      pid: query.pid,
    }
    const answers = await Promise.all(
      [direct, reference].map(async ({ url, headers }) => (await fetch(url, { headers })).text()),
    )
    if (answers[0] !== answers[1])
      throw new Error(`the servers answer differently: ${answers.join(' vs ')}`)
    console.log(`both answer the same ${answers[0]?.length}-byte profile`)
    const [baseline, candidate] = (await measureAll([reference, direct])) as [Measured, Measured]
    printComparison(baseline, candidate, GET_ME_TARGET)
    return [baseline, candidate]
  } finally {
    for (const process of running) await stopNode(process)
    await database.close()
    await out.remove()
  }
}

/** The load each run puts on a server, as a line for the output. */
export function describeLoad(load: Load = LOAD): string {
  return `autocannon: ${load.connections} connections; each server warmed up ${load.firstWarmUpSeconds} s, then ${load.rounds} rounds of ${load.warmUpSeconds} s warm-up + ${load.seconds} s run per server`
}

export async function benchThroughput(): Promise<void> {
  console.log(`\n${describeLoad()}`)
  await benchGatewayVsDirect()
  await benchFunctionVsHono()
  await benchGetMeVsQuery()
}

if (isMain(import.meta)) await benchThroughput()
