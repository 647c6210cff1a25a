/**
 * Bundles each function alone: `dist/functions/<name>/index.mjs`, one minified file with its
 * source map beside it.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import { builtinModules, createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'
import {
  type FunctionSource,
  findFunctionSources,
  platformFunctionSources,
  repoRoot,
} from '../registry.ts'

export const distDir = join(repoRoot, 'dist', 'functions')

/**
 * zod re-exports every locale from its core, and a bundler cannot drop them (they hang off a
 * namespace object). Functions answer in English, so the locale index is swapped for English.
 */
const englishOnlyZod: esbuild.Plugin = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`)
        ? { path: join(args.resolveDir, '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)}`,
      resolveDir: repoRoot,
    }))
  },
}

/**
 * zod's `z` is a namespace object re-exported as a value (`export { z }`), and esbuild keeps
 * every export of a namespace that is used that way: all of zod, used or not (about 45 KB).
 * Two rewrites at load time make each use a plain namespace import, which esbuild can shake:
 * - our modules' `import { z } from 'zod' | '@hono/zod-openapi' | '#shared/http'`
 *   become `import * as z from 'zod'` (the same exports), keeping the original import for its
 *   side effects and evaluation order: @hono/zod-openapi must extend zod (`.openapi()`) first;
 * - @hono/zod-openapi hands the namespace to `extendZodWithOpenApi`, which only reads
 *   `ZodType` from it, so it is handed `{ ZodType }` instead.
 * Should either text not be found, the file is left alone: the bundle is right, just larger.
 */
// The toolkit's `z` is @hono/zod-openapi's; modules outside it import it by its subpath.
const ZOD_NAMESPACE_SOURCES = new Set(['zod', '@hono/zod-openapi', '#shared/http'])
const NAMED_IMPORT = /^import\s*\{([^}]*)\}\s*from\s*(['"])([^'"]+)\2/gm
const ZOD_OPENAPI_REWRITES: [string, string][] = [
  ['import { z } from "zod";', 'import * as z from "zod";'],
  ['extendZodWithOpenApi(z);', 'extendZodWithOpenApi({ ZodType: z.ZodType });'],
]

const shakableZod: esbuild.Plugin = {
  name: 'shakable-zod',
  setup(build) {
    build.onLoad(
      { filter: /[\\/]@hono[\\/]zod-openapi[\\/]dist[\\/]index\.mjs$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8')
        if (!ZOD_OPENAPI_REWRITES.every(([from]) => source.includes(from))) {
          return {
            warnings: [{ text: '@hono/zod-openapi changed: its zod stays whole (build.ts)' }],
          }
        }
        const contents = ZOD_OPENAPI_REWRITES.reduce(
          (text, [from, to]) => text.replace(from, to),
          source,
        )
        return { contents, loader: 'js' }
      },
    )
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined
      const source = await readFile(args.path, 'utf8')
      let rewritten = false
      const contents = source.replace(NAMED_IMPORT, (statement, names: string, quote, from) => {
        if (!ZOD_NAMESPACE_SOURCES.has(from)) return statement
        const others = names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean)
        if (!others.includes('z')) return statement
        rewritten = true
        const rest = others.filter((name) => name !== 'z')
        const namespace = "import * as z from 'zod'"
        if (rest.length > 0)
          return `import { ${rest.join(', ')} } from ${quote}${from}${quote};${namespace}`
        // zod itself needs nothing else; the others are kept for what loading them does.
        return from === 'zod' ? namespace : `import ${quote}${from}${quote};${namespace}`
      })
      return rewritten ? { contents, loader: 'ts' } : undefined
    })
  },
}

/**
 * Modules that a function bundle provably never runs, swapped for small stand-ins with the
 * same exports: `keep` names exports taken from the real module; every other function export
 * becomes one that throws a clear error if it is ever called (`factories` return such a
 * function instead: they run when a pool or schema is made, to build methods nobody calls).
 * The export list is read from the real module at build time, so a new version's exports are
 * covered; a listed export that disappears, or a new non-function one, fails the build. Each
 * entry says where its exports are reached from; check those paths when adding one (a module
 * reached through a namespace, like zod's memoizer via `core.memoizer`, is not a candidate).
 * shared/platform/build/build.test.ts starts every bundle and serves requests through it.
 */
interface StandIn {
  /** The replaced file, under node_modules. */
  module: string
  /** Why no bundle runs it. */
  why: string
  keep?: string[]
  factories?: string[]
  /** Exports given as source text. */
  values?: Record<string, string>
}

const STAND_INS: StandIn[] = [
  {
    // JSON Schema conversion is reached only through `z.toJSONSchema()`, a schema's
    // `.toJSONSchema()` and `~standard.jsonSchema`; OpenAPI documents are made at build time
    // (npm run generate), and zod-to-openapi's generators are stand-ins below.
    module: 'zod/v4/core/to-json-schema.js',
    why: 'JSON Schema conversion happens at build time (npm run generate), never in a function',
    factories: ['createStandardJSONSchemaMethod', 'createToJSONSchemaMethod'],
  },
  {
    module: 'zod/v4/core/json-schema-processors.js',
    why: 'JSON Schema conversion happens at build time (npm run generate), never in a function',
    // Also behind a string or number schema's `.minLength`, `.format`, ... getters.
    keep: ['aggregateChecks'],
    values: { allProcessors: 'Object.freeze({})' },
  },
  {
    // postgres.js makes `sql.subscribe` (logical replication) when it makes a pool.
    module: 'postgres/src/subscribe.js',
    why: 'no function subscribes to logical replication (sql.subscribe)',
    factories: ['default'],
  },
  {
    module: 'postgres/src/large.js',
    why: 'no function uses large objects (sql.largeObject)',
  },
  {
    // @hono/zod-openapi calls them only in getOpenAPIDocument(), doc() and their 3.1 twins,
    // which the toolkit uses at build time (shared/platform/generate/openapi.ts), never in a function.
    module: '@asteasolutions/zod-to-openapi/dist/index.mjs',
    why: 'OpenAPI documents are generated at build time (npm run generate), never in a function',
    keep: [
      'OpenAPIRegistry',
      'extendZodWithOpenApi',
      'getOpenApiMetadata',
      'getRefId',
      'zodToOpenAPIRegistry',
    ],
  },
]

const REAL = '?bundle-real'
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function standInSource(standIn: StandIn, path: string): Promise<string> {
  const real = (await import(pathToFileURL(path).href)) as Record<string, unknown>
  const listed = [
    ...(standIn.keep ?? []),
    ...(standIn.factories ?? []),
    ...Object.keys(standIn.values ?? {}),
  ]
  const missing = listed.filter((name) => !(name in real))
  if (missing.length > 0) {
    throw new Error(`${standIn.module} no longer exports ${missing.join(', ')}: update build.ts`)
  }
  const lines = [
    `const module = ${JSON.stringify(standIn.module)}`,
    `const why = ${JSON.stringify(standIn.why)}`,
    'const unavailable = (name) => function unavailableInFunctionBundle() {',
    "  throw new Error(module + ' ' + name + ' is left out of function bundles: ' + why)",
    '}',
  ]
  for (const [name, value] of Object.entries(real).sort(([a], [b]) => a.localeCompare(b))) {
    const local = `standIn_${name.replace(/\W/g, '_')}`
    if (standIn.keep?.includes(name)) {
      lines.push(`export { ${name} } from ${JSON.stringify(path + REAL)}`)
      continue
    }
    const source =
      standIn.values?.[name] ??
      (standIn.factories?.includes(name)
        ? `() => unavailable(${JSON.stringify(name)})`
        : typeof value === 'function'
          ? `unavailable(${JSON.stringify(name)})`
          : undefined)
    if (source === undefined) {
      throw new Error(`${standIn.module} exports the ${typeof value} ${name}: keep or replace it`)
    }
    lines.push(`const ${local} = ${source}`, `export { ${local} as ${name} }`)
  }
  return lines.join('\n')
}

const standIns: esbuild.Plugin = {
  name: 'stand-ins',
  setup(build) {
    for (const standIn of STAND_INS) {
      const filter = new RegExp(`[\\\\/]node_modules[\\\\/]${escapeRegExp(standIn.module)}$`)
      build.onLoad({ filter }, async (args) =>
        args.suffix === REAL
          ? undefined
          : { contents: await standInSource(standIn, args.path), resolveDir: dirname(args.path) },
      )
    }
  },
}

/**
 * prom-client's index loads all of it: Summary (and its t-digest), the Pushgateway client
 * (which loads node:https, and with it TLS) and the cluster aggregator. Functions use the
 * registry, the metric types and the default metrics, so a bundle gets those files only.
 * Importing anything else from 'prom-client' in a bundle fails the build: add it here.
 */
const promClientSubset: esbuild.Plugin = {
  name: 'prom-client-subset',
  setup(build) {
    const root = dirname(createRequire(import.meta.url).resolve('prom-client/package.json'))
    const lib = (file: string) => JSON.stringify(join(root, 'lib', file))
    build.onResolve({ filter: /^prom-client$/ }, () => ({
      path: 'prom-client',
      namespace: 'prom-client-subset',
    }))
    build.onLoad({ filter: /.*/, namespace: 'prom-client-subset' }, () => ({
      contents: [
        `import Registry from ${lib('registry.js')}`,
        'export { Registry }',
        'export const register = Registry.globalRegistry',
        'export const prometheusContentType = Registry.PROMETHEUS_CONTENT_TYPE',
        'export const openMetricsContentType = Registry.OPENMETRICS_CONTENT_TYPE',
        `export { default as Counter } from ${lib('counter.js')}`,
        `export { default as Gauge } from ${lib('gauge.js')}`,
        `export { default as Histogram } from ${lib('histogram.js')}`,
        `export { default as collectDefaultMetrics } from ${lib('defaultMetrics.js')}`,
        `export { linearBuckets, exponentialBuckets } from ${lib('bucketGenerators.js')}`,
        `export { validateMetricName } from ${lib('validation.js')}`,
      ].join('\n'),
      resolveDir: root,
    }))
  },
}

/**
 * prom-client requires @opentelemetry/api (22 KB) for one thing: the trace of the active span,
 * read for exemplars on the CPU counters, and only when exemplars are enabled, which our
 * metrics never do. No OpenTelemetry SDK runs in a function either, and without one the real
 * API answers exactly this: no active span. Any other importer fails the build.
 */
const noOpenTelemetry: esbuild.Plugin = {
  name: 'no-opentelemetry',
  setup(build) {
    build.onResolve({ filter: /^@opentelemetry\/api$/ }, (args) =>
      args.importer.endsWith(join('prom-client', 'lib', 'metrics', 'processCpuTotal.js'))
        ? { path: '@opentelemetry/api', namespace: 'no-opentelemetry' }
        : { errors: [{ text: `${args.importer} uses @opentelemetry/api: see build.ts` }] },
    )
    build.onLoad({ filter: /.*/, namespace: 'no-opentelemetry' }, () => ({
      contents: [
        'export const context = { active: () => undefined }',
        'export const trace = { getSpan: () => undefined }',
      ].join('\n'),
    }))
  },
}

/**
 * Functions write JSON lines to stdout and never configure a pino transport (log processing
 * in worker threads, thread-stream) or call `pino.multistream()`; both are left out, and
 * calling them throws.
 */
const PINO_LEFT_OUT = { transport: 'pino transports', multistream: 'pino.multistream()' }

const pinoStdoutOnly: esbuild.Plugin = {
  name: 'pino-stdout-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]pino[\\/]lib[\\/](transport|multistream)\.js$/ }, (args) => {
      const file = args.path.endsWith('transport.js') ? 'transport' : 'multistream'
      const message = `${PINO_LEFT_OUT[file]} are left out of function bundles: functions log to stdout`
      return {
        contents: `module.exports = function ${file}() { throw new Error(${JSON.stringify(message)}) }`,
        loader: 'js',
      }
    })
  },
}

/** A plugin giving one package's imports of `module` a stand-in (`contents`) instead. */
function swapImport(
  name: string,
  module: RegExp,
  importerPackage: string,
  contents: string,
): esbuild.Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter: module }, (args) =>
        args.importer.includes(`${sep}${importerPackage}${sep}`)
          ? { path: args.path, namespace: name }
          : undefined,
      )
      build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }))
    },
  }
}

/**
 * protobufjs uses long.js for 64-bit integers when it can load it, and plain numbers when it
 * cannot. The only 64-bit field of our events is a timestamp's seconds, far below 2^53, so a
 * bundle leaves long.js out (11 KB) and those fields decode as numbers.
 */
const protobufWithoutLong = swapImport(
  'protobuf-without-long',
  /^long$/,
  'protobufjs',
  'module.exports = null',
)

/**
 * @hono/node-server imports node:http2 to tell HTTP/2 requests apart (`instanceof
 * Http2ServerRequest`). Functions serve HTTP/1.1 only (Kong and the health probes speak it),
 * so no request is ever one, and loading http2 (6–9 ms of every start) is skipped: the
 * class nothing is an instance of, and no constants, which only HTTP/2 branches read.
 */
const http1Only = swapImport(
  'http1-only',
  /^(node:)?http2$/,
  join('@hono', 'node-server'),
  'export class Http2ServerRequest {}\nexport const constants = Object.freeze({})',
)

/**
 * Packages whose modules do nothing when loaded but define things: a bundle that uses none of
 * their exports leaves them out. (HTTP functions import shared/events for the outbox, and its
 * index also re-exports the Kafka trigger, which only event functions run.)
 */
const SIDE_EFFECT_FREE = ['kafkajs']

const sideEffectFree: esbuild.Plugin = {
  name: 'side-effect-free',
  setup(build) {
    const filter = new RegExp(`^(${SIDE_EFFECT_FREE.map(escapeRegExp).join('|')})$`)
    build.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'side-effect-free') return undefined
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'side-effect-free',
      })
      return resolved.errors.length > 0
        ? { errors: resolved.errors }
        : { ...resolved, sideEffects: false }
    })
  },
}

/**
 * Node's own modules are loaded with require() (the bundle's banner makes one), also where
 * the source imports them. An ESM import of a built-in makes Node build an ES module facade
 * that reads every export once, getters included, which loads what nobody asked for: all the
 * root certificates for `tls`, Web Crypto for `crypto`: 7–23 ms of CPU per start, measured.
 */
const builtinsByRequire: esbuild.Plugin = {
  name: 'builtins-by-require',
  setup(build) {
    const names = builtinModules.filter((name) => !name.startsWith('_')).map(escapeRegExp)
    const filter = new RegExp(`^(node:)?(${names.join('|')})$`)
    build.onResolve({ filter }, (args) =>
      args.kind === 'import-statement' ? { path: args.path, namespace: 'node-builtin' } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)})`,
      loader: 'js',
    }))
  },
}

export interface BuiltFunction {
  name: string
  bytes: number
  /** Every source file that went into the bundle, relative to the repo root. */
  inputs: string[]
}

const ENTRIES = 'shared/platform/entries'

/**
 * What the bundle runs: the function under its kind's entry, or the outbox relay, each started
 * so that a failed start prints one line (shared/platform/failed-start.ts).
 */
function entryPoint(source: FunctionSource): string {
  const startOrExit = `import { startOrExit } from './shared/platform/failed-start.ts'`
  const name = JSON.stringify(source.name)
  if (source.name === OUTBOX_RELAY.name) {
    return [
      startOrExit,
      `import { serveOutboxRelay } from './${OUTBOX_RELAY.entry}'`,
      `await startOrExit(${name}, serveOutboxRelay)`,
    ].join('\n')
  }
  const serve = {
    http: `import { serveHttpFunction as serve } from './${ENTRIES}/http-function.ts'`,
    event: `import { serveEventFunction as serve } from './${ENTRIES}/event-function.ts'`,
    scheduled: `import { serveScheduledFunction as serve } from './${ENTRIES}/scheduled-function.ts'`,
  }[source.kind]
  return [
    startOrExit,
    `import fn from './${source.entry}'`,
    serve,
    `await startOrExit(${name}, () => serve(fn))`,
  ].join('\n')
}

/** The relay ships like a function: its own bundle and container. */
export const OUTBOX_RELAY: FunctionSource = {
  name: 'outbox-relay',
  domain: 'platform',
  kind: 'event',
  entry: `${ENTRIES}/outbox-relay.ts`,
}

/** Every deployable: each function, the platform's own, and the outbox relay. */
export async function deployables(): Promise<FunctionSource[]> {
  return [...(await findFunctionSources()), ...platformFunctionSources, OUTBOX_RELAY]
}

export async function buildFunction(
  source: FunctionSource,
  outRoot: string = distDir,
): Promise<BuiltFunction> {
  const outdir = join(outRoot, source.name)
  await rm(outdir, { recursive: true, force: true })
  const result = await esbuild.build({
    stdin: {
      contents: entryPoint(source),
      resolveDir: repoRoot,
      sourcefile: `${source.name}-entry.ts`,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    metafile: true,
    outfile: join(outdir, 'index.mjs'),
    // Some CommonJS dependencies call require() for Node's own modules.
    banner: {
      js: "import{createRequire}from'node:module';const require=createRequire(import.meta.url);",
    },
    plugins: [
      shakableZod,
      englishOnlyZod,
      standIns,
      promClientSubset,
      noOpenTelemetry,
      pinoStdoutOnly,
      protobufWithoutLong,
      http1Only,
      sideEffectFree,
      builtinsByRequire,
    ],
    logLevel: 'warning',
  })
  const output = Object.entries(result.metafile.outputs).find(([path]) =>
    path.endsWith('.mjs'),
  )?.[1]
  if (!output) throw new Error(`esbuild wrote no bundle for ${source.name}`)
  await writeFile(join(outdir, 'meta.json'), JSON.stringify(result.metafile))
  return { name: source.name, bytes: output.bytes, inputs: Object.keys(result.metafile.inputs) }
}
