/**
 * Which functions need a new image: `npx tsx scripts/changed-functions.ts <base-ref>` prints a
 * JSON array of deployable names (the deploy workflow's matrix).
 *
 * A function changed when a file its bundle is made of changed between the base and HEAD
 * (esbuild reports every input, so a change in `shared/` redeploys exactly the functions that
 * import it), or when something every image is built from changed. A new function counts as
 * changed: its own entry file is new. With no base, or one git does not know (the first push
 * of a branch is all zeros), every function is listed.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { buildFunction } from './build.ts'
import { findFunctionSources, repoRoot } from './lib/functions.ts'

/**
 * Files that shape every image without being a bundle input: the dependency tree, the image
 * recipe and its context, and the bundler's own configuration.
 */
export const FILES_THAT_REBUILD_ALL: readonly string[] = [
  'package-lock.json',
  'package.json',
  'Dockerfile',
  '.dockerignore',
  'scripts/build.ts',
  'tsconfig.json',
]

export interface FunctionBundle {
  name: string
  /** Every source file in the bundle, relative to the repo root. */
  inputs: readonly string[]
}

export interface ChangeSet {
  /** `git diff --name-only <base> HEAD`: paths relative to the repo root. */
  changedFiles: readonly string[]
  bundles: readonly FunctionBundle[]
}

/** The names of the bundles that changed, sorted. Pure: no git, no file system. */
export function changedFunctions({ changedFiles, bundles }: ChangeSet): string[] {
  const changed = new Set(changedFiles.map(normalizePath))
  const rebuildAll = FILES_THAT_REBUILD_ALL.some((file) => changed.has(file))
  const names = bundles
    .filter(
      (bundle) => rebuildAll || bundle.inputs.some((input) => changed.has(normalizePath(input))),
    )
    .map((bundle) => bundle.name)
  return [...new Set(names)].sort()
}

function normalizePath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^\.\//, '')
}

/** A base git can resolve to a commit, or undefined (none given, all zeros, not fetched). */
function knownCommit(base: string | undefined): string | undefined {
  if (!base || /^0+$/.test(base)) return undefined
  try {
    return git('rev-parse', '--verify', '--quiet', `${base}^{commit}`).trim()
  } catch {
    return undefined
  }
}

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** esbuild names inputs relative to the working directory; make them repo-relative. */
function repoRelative(input: string): string {
  if (input.includes(':') && !isAbsolute(input)) return input // a plugin namespace, not a file
  return relative(repoRoot, resolve(process.cwd(), input))
}

async function main() {
  const sources = await findFunctionSources()
  const base = knownCommit(process.argv[2])
  if (!base) {
    console.error('changed-functions: no known base commit, so every function is listed')
    console.log(JSON.stringify(sources.map((source) => source.name)))
    return
  }
  const changedFiles = git('diff', '--name-only', base, 'HEAD').split('\n').filter(Boolean)
  // Bundled into a scratch folder: only the inputs matter, and dist/ stays as it was.
  const scratch = await mkdtemp(join(tmpdir(), 'mart-changed-functions-'))
  try {
    const bundles: FunctionBundle[] = []
    for (const source of sources) {
      const built = await buildFunction(source, scratch)
      bundles.push({ name: built.name, inputs: built.inputs.map(repoRelative) })
    }
    console.log(JSON.stringify(changedFunctions({ changedFiles, bundles })))
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
