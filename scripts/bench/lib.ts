/**
 * What the benchmarks share: bundles built to a temporary folder, a migrated test database and
 * test keys, child processes started the way a container starts a bundle, and tables. Every
 * benchmark compares against a baseline measured in the same run, so the machine's speed
 * cancels out of the ratios.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import * as esbuild from 'esbuild'
import { createTokenSigner, type Principal, publicJwkOf } from '#shared/auth'
import type { KongConfig, KongPlugin } from '#shared/platform'
import { findFunctionSources, functionsDir, repoRoot } from '#shared/platform'
import { type BuiltFunction, buildFunction } from '#shared/platform/build'
import { createTemplateDatabase, freePort, resolveDatabaseServer } from '#shared/platform/testing'
import {
  createTestDatabase,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestDatabase,
  testSigningKey,
} from '#shared/testing'

export { freePort }

export const KB = 1024

export async function tempDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `mart-bench-${prefix}-`))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/** Builds the named functions (all when none are named) into `outRoot`, as `npm run build` does. */
export async function buildBundles(outRoot: string, names?: string[]): Promise<BuiltFunction[]> {
  const sources = (await findFunctionSources()).filter(
    (source) => !names || names.includes(source.name),
  )
  const built: BuiltFunction[] = []
  for (const source of sources) built.push(await buildFunction(source, outRoot))
  return built
}

/**
 * The reference servers the benchmarks show beside a function, each answering the same JSON:
 * - hono-only: Hono on @hono/node-server, nothing of the toolkit (the framework's floor);
 * - observed-only: bare node:http doing only what the issue asks of every request (request
 *   id, histogram, log line), with the toolkit's logger and metrics (the requirements' floor).
 * The third answers what users-get-me, catalog-get-product and catalog-list-products answer:
 * - query-only: bare node:http and postgres.js running the domains' own queries (the
 *   database's floor).
 */
export type Reference = 'hono-only' | 'observed-only' | 'query-only'

/** The HTTP functions named, checked to exist; all of them when none are named. */
export async function chooseHttpFunctions(names: string[] = []): Promise<string[]> {
  const sources = (await findFunctionSources()).filter((source) => source.kind === 'http')
  const all = sources.map((source) => source.name)
  const unknown = names.filter((name) => !all.includes(name))
  if (unknown.length > 0) throw new Error(`no such HTTP function: ${unknown.join(', ')}`)
  return names.length > 0 ? names : all
}

export const HONO_ONLY = '(reference) Hono alone'

/**
 * What the start-up benchmarks start, built into `outDir`: the bare server's file, and by
 * label the files of Hono alone (HONO_ONLY) and of each named function.
 */
export async function buildStartFiles(
  outDir: string,
  names: string[],
): Promise<{ bare: string; files: Map<string, string> }> {
  await buildBundles(outDir, names)
  const bare = await writeBareServer(outDir, '{"status":"ok"}', {
    'content-type': 'application/json',
  })
  const files = new Map([
    [HONO_ONLY, await buildReference(outDir, 'hono-only')],
    ...names.map((name) => [name, bundlePath(outDir, name)] as const),
  ])
  return { bare, files }
}

/** Bundles scripts/bench/<reference>.ts into `outDir/<reference>.mjs`. */
export async function buildReference(outDir: string, reference: Reference): Promise<string> {
  const outfile = join(outDir, `${reference}.mjs`)
  await esbuild.build({
    entryPoints: [join(repoRoot, 'scripts', 'bench', `${reference}.ts`)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    outfile,
    // pino and prom-client are CommonJS and require() Node's own modules.
    banner: {
      js: "import{createRequire}from'node:module';const require=createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  })
  return outfile
}

export function bundlePath(outRoot: string, name: string): string {
  return join(outRoot, name, 'index.mjs')
}

export interface BenchDatabase extends TestDatabase {
  /** Drops the database and its template. */
  close(): Promise<void>
}

/** A fresh migrated database on the test server (see shared/testing), dropped by `close`. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const server = await resolveDatabaseServer(repoRoot)
  const template = await createTemplateDatabase(server.url, functionsDir)
  const database = await createTestDatabase(server.url, template.name)
  return {
    ...database,
    async close() {
      await database.drop()
      await template.drop()
      await server.stop()
    },
  }
}

/** The environment a function container gets, with the test issuer's keys. */
export async function functionEnvironment(databaseUrl: string): Promise<Record<string, string>> {
  const key = await testSigningKey()
  return {
    PATH: process.env.PATH ?? '',
    DATABASE_URL: databaseUrl,
    AUTH_JWKS: JSON.stringify({ keys: [publicJwkOf(key)] }),
    AUTH_SIGNING_KEY: JSON.stringify(key.privateJwk),
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: 'info',
  }
}

/** An access token that functions started with `functionEnvironment` accept, for an hour. */
export async function accessTokenFor(principal: Principal): Promise<string> {
  const sign = createTokenSigner(await testSigningKey(), {
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    ttlSeconds: 3600,
  })
  return sign(principal)
}

/**
 * The source of a bare `node:http` server answering every request with `body`: the floor a
 * function is measured against.
 */
export function bareServerSource(body: string, headers: Record<string, string>): string {
  return [
    "import { createServer } from 'node:http'",
    `const body = ${JSON.stringify(body)}`,
    `const headers = ${JSON.stringify({ ...headers, 'content-length': String(Buffer.byteLength(body)) })}`,
    'createServer((req, res) => {',
    '  res.writeHead(200, headers)',
    '  res.end(body)',
    '}).listen(Number(process.env.PORT))',
    '',
  ].join('\n')
}

export async function writeBareServer(
  dir: string,
  body: string,
  headers: Record<string, string>,
): Promise<string> {
  const file = join(dir, 'bare-server.mjs')
  await writeFile(file, bareServerSource(body, headers))
  return file
}

export interface NodeProcess {
  child: ChildProcess
  exited: Promise<number | null>
  /** What it wrote to stderr, for the error message when it dies. */
  stderr(): string
}

/** `node <file>`, the way a function's container starts its bundle. */
export function startNode(file: string, env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [...args, file], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, exited, stderr: () => stderr } satisfies NodeProcess
}

export async function stopNode(running: NodeProcess): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return
  running.child.kill('SIGTERM')
  const killer = setTimeout(() => running.child.kill('SIGKILL'), 5000)
  await running.exited
  clearTimeout(killer)
}

/**
 * Starts `file` as a container starts it, on a free port; once /healthz answers 200, `ready`
 * reads what it wants of the process (given when it was spawned, in performance.now() time);
 * then the process is stopped.
 */
export async function whenStarted<T>(
  file: string,
  env: Record<string, string>,
  ready: (running: NodeProcess, spawnedAt: number) => T | Promise<T>,
): Promise<T> {
  const port = await freePort()
  const spawnedAt = performance.now()
  const running = startNode(file, { ...env, PORT: String(port) })
  try {
    await waitFor200(port, '/healthz', running)
    return await ready(running, spawnedAt)
  } finally {
    await stopNode(running)
  }
}

/** One GET; the status, or undefined when nothing listens yet. */
export function statusOf(port: number, path: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume()
      res.once('end', () => resolve(res.statusCode))
    })
    req.once('error', () => resolve(undefined))
    req.end()
  })
}

/** Asks `path` every millisecond until it answers 200; gives up when the process exits. */
export async function waitFor200(
  port: number,
  path: string,
  running: NodeProcess,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  let exited = false
  void running.exited.then(() => {
    exited = true
  })
  while (!exited && performance.now() < deadline) {
    if ((await statusOf(port, path)) === 200) return
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
  throw new Error(`no 200 from ${path} on port ${port}: ${running.stderr()}`)
}

/**
 * CPU time a process has used so far, all its threads together, in milliseconds; undefined
 * where /proc does not tell (Linux only). Unlike wall time, other load on the machine barely
 * moves it, so it is shown beside wall times.
 */
export function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined
  try {
    return readdirSync(`/proc/${pid}/task`).reduce((total, thread) => {
      const [runNs = '0'] = readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')
      return total + Number(runNs) / 1e6
    }, 0)
  } catch {
    return undefined
  }
}

/**
 * The resident set size of a process in bytes (VmRSS), undefined where /proc does not tell
 * (Linux only).
 */
export function rssBytesOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = status.match(/^VmRSS:\s+(\d+) kB$/m)?.[1]
    return kb === undefined ? undefined : Number(kb) * KB
  } catch {
    return undefined
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
}

export function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

export function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)}×`
}

/** A verdict column: whether a measured value meets its target. */
export function verdict(met: boolean): string {
  return met ? 'ok' : 'MISSED'
}

/** Prints rows as an aligned table; numbers and ratios are right-aligned. */
export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((row) => row.map(String))]
  const widths = headers.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  )
  const numeric = headers.map((_, column) =>
    rows.every((row) => /^[\d.,×%+-]+( ?[a-zA-Zµ/×%]+)?$/.test(String(row[column] ?? ''))),
  )
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd()
  console.log(line(cells[0] ?? []))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of cells.slice(1)) console.log(line(row))
}

export function heading(title: string): void {
  console.log(`\n== ${title} ==`)
}

/** Whether this module is the script node was asked to run. */
export function isMain(meta: ImportMeta): boolean {
  return meta.url === `file://${process.argv[1]}`
}

export const BENCH_RATE_LIMIT_PER_MINUTE = 1_000_000_000

/** Every rate-limiting plugin keeps running, with limits no benchmark reaches. */
export function raiseRateLimits(config: KongConfig): KongConfig {
  const raise = (plugins: KongPlugin[]) =>
    plugins.map((plugin) =>
      plugin.name === 'rate-limiting'
        ? {
            ...plugin,
            config: {
              ...plugin.config,
              ...Object.fromEntries(
                ['second', 'minute', 'hour']
                  .filter((window) => window in plugin.config)
                  .map((window) => [window, BENCH_RATE_LIMIT_PER_MINUTE]),
              ),
            },
          }
        : plugin,
    )
  return {
    ...config,
    plugins: raise(config.plugins),
    services: config.services.map((service) => ({
      ...service,
      routes: service.routes.map((route) => ({ ...route, plugins: raise(route.plugins) })),
    })),
  }
}

/** What scripts/bench/serve-host.ts serves: the gateway, and each function asked for alone. */
export interface ServedHost {
  gatewayPort: number
  directPorts: Record<string, number>
}

/**
 * The local host on `databaseUrl` in a child process (scripts/bench/serve-host.ts), with the
 * functions named in `direct` each served alone beside the gateway, until `stop`.
 */
export async function startHost(
  databaseUrl: string,
  direct: string[],
): Promise<ServedHost & { pid: number | undefined; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join('scripts', 'bench', 'serve-host.ts')],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_DIRECT: direct.join(',') },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const served = await new Promise<ServedHost>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve(JSON.parse(line) as ServedHost),
    )
    void exited.then((code) => reject(new Error(`serve-host exited (${code}) before serving`)))
  })
  return {
    ...served,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM')
      await exited
    },
  }
}
