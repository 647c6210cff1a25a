/**
 * Which deployables need a new image (the deploy workflow's matrix, through
 * `scripts/changed-functions.ts`).
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
import { repoRoot } from '../registry.ts'
import { buildFunction, deployables } from './bundle.ts'

/**
 * Files that shape every image without being a bundle input: the dependency tree, the image
 * recipe and its context, and the bundler's own configuration.
 */
export const FILES_THAT_REBUILD_ALL: readonly string[] = [
  'package-lock.json',
  'package.json',
  'Dockerfile',
  '.dockerignore',
  'shared/platform/build/bundle.ts',
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

/** The deployables whose bundle or image changed since `base` (every one without a base). */
export async function changedSince(base: string | undefined): Promise<string[]> {
  const sources = await deployables()
  const commit = knownCommit(base)
  if (!commit) {
    console.error('changed-functions: no known base commit, so every function is listed')
    return sources.map((source) => source.name)
  }
  const changedFiles = git('diff', '--name-only', commit, 'HEAD').split('\n').filter(Boolean)
  // Bundled into a scratch folder: only the inputs matter, and dist/ stays as it was.
  const scratch = await mkdtemp(join(tmpdir(), 'mart-changed-functions-'))
  try {
    const bundles: FunctionBundle[] = []
    for (const source of sources) {
      const built = await buildFunction(source, scratch)
      bundles.push({ name: built.name, inputs: built.inputs.map(repoRelative) })
    }
    return changedFunctions({ changedFiles, bundles })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
