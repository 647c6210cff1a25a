/**
 * Bundles each function alone: `dist/functions/<name>/index.mjs`, one minified file with its
 * source map beside it, then prints a size table. `npm run build -- NAME...` builds only those.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as esbuild from 'esbuild'
import { type FunctionSource, findFunctionSources, repoRoot } from './lib/functions.ts'

const distDir = join(repoRoot, 'dist', 'functions')

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

export interface BuiltFunction {
  name: string
  bytes: number
  /** Every source file that went into the bundle, relative to the repo root. */
  inputs: string[]
}

export async function buildFunction(
  source: FunctionSource,
  outRoot: string = distDir,
): Promise<BuiltFunction> {
  const outdir = join(outRoot, source.name)
  await rm(outdir, { recursive: true, force: true })
  const result = await esbuild.build({
    stdin: {
      contents: [
        `import fn from './${source.entry}'`,
        `import { serveFunction } from './shared/http/serve.ts'`,
        'serveFunction(fn)',
      ].join('\n'),
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
    plugins: [englishOnlyZod],
    logLevel: 'warning',
  })
  const output = Object.entries(result.metafile.outputs).find(([path]) =>
    path.endsWith('.mjs'),
  )?.[1]
  if (!output) throw new Error(`esbuild wrote no bundle for ${source.name}`)
  await writeFile(join(outdir, 'meta.json'), JSON.stringify(result.metafile))
  return { name: source.name, bytes: output.bytes, inputs: Object.keys(result.metafile.inputs) }
}

async function main() {
  const wanted = process.argv.slice(2)
  const sources = (await findFunctionSources()).filter(
    (source) => wanted.length === 0 || wanted.includes(source.name),
  )
  const unknown = wanted.filter((name) => !sources.some((source) => source.name === name))
  if (unknown.length > 0) throw new Error(`no such function: ${unknown.join(', ')}`)
  await mkdir(distDir, { recursive: true })
  const built: BuiltFunction[] = []
  for (const source of sources) built.push(await buildFunction(source))
  const width = Math.max(...built.map((fn) => fn.name.length))
  console.log(`${'function'.padEnd(width)}  ${'bundle'.padStart(9)}`)
  for (const fn of built) {
    console.log(`${fn.name.padEnd(width)}  ${(fn.bytes / 1024).toFixed(1).padStart(6)} KB`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
