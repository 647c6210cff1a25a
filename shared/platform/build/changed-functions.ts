/**
 * What a deploy does (the deploy workflow's plan, through `scripts/changed-functions.ts`):
 * which deployables to build and roll, and which services to remove.
 *
 * A deployable (a function, the outbox relay, a scheduled function) is rolled when a file its
 * bundle is made of changed between the base and HEAD (esbuild reports every input, so a
 * change in `shared/` redeploys exactly the deployables that import it), when something every
 * image is built from changed, or when its service in the generated `compose/functions.yml`
 * changed (its environment, say). A new one counts as changed: its own entry file is new.
 * A service that the base's `compose/functions.yml` has and HEAD's has not belongs to a
 * deleted (or renamed) function: it is removed. With no base, or one git does not know (the
 * first push of a branch is all zeros), every deployable is rolled and nothing is removed.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { parse } from 'yaml'
import { z } from 'zod'
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

/** The generated file with one compose service per deployable. */
export const FUNCTION_SERVICES_FILE = 'compose/functions.yml'

export interface FunctionBundle {
  name: string
  /** Every source file in the bundle, relative to the repo root. */
  inputs: readonly string[]
}

/** Compose services by name, as `compose/functions.yml` defines them. */
export type Services = Readonly<Record<string, unknown>>

export interface ChangeSet {
  /** `git diff --name-only <base> HEAD`: paths relative to the repo root. */
  changedFiles: readonly string[]
  bundles: readonly FunctionBundle[]
  /** The deployables' services at the base. */
  servicesBefore: Services
  /** The deployables' services at HEAD. */
  servicesAfter: Services
}

export interface DeployPlan {
  /** Deployables to build an image of and roll, sorted. */
  deploy: string[]
  /** Services whose deployable is gone, to stop and remove, sorted. */
  remove: string[]
}

/** What to roll and what to remove. Pure: no git, no file system. */
export function deployPlan({
  changedFiles,
  bundles,
  servicesBefore,
  servicesAfter,
}: ChangeSet): DeployPlan {
  const changed = new Set(changedFiles.map(normalizePath))
  const rebuildAll = FILES_THAT_REBUILD_ALL.some((file) => changed.has(file))
  const deploy = bundles
    .filter(
      (bundle) =>
        rebuildAll ||
        bundle.inputs.some((input) => changed.has(normalizePath(input))) ||
        !isDeepStrictEqual(servicesBefore[bundle.name], servicesAfter[bundle.name]),
    )
    .map((bundle) => bundle.name)
  const deployed = new Set(bundles.map((bundle) => bundle.name))
  const remove = Object.keys(servicesBefore).filter(
    (name) => !(name in servicesAfter) && !deployed.has(name),
  )
  return { deploy: [...new Set(deploy)].sort(), remove: remove.sort() }
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
  return gitIn(repoRoot, ...args)
}

function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** esbuild names inputs relative to the working directory; make them repo-relative. */
function repoRelative(input: string): string {
  if (input.includes(':') && !isAbsolute(input)) return input // a plugin namespace, not a file
  return relative(repoRoot, resolve(process.cwd(), input))
}

const ComposeServices = z.object({ services: z.record(z.string(), z.unknown()) })

/**
 * The services of `compose/functions.yml` at a commit of the repository in `cwd`; none when the
 * file did not exist there yet.
 */
export function servicesAt(commit: string, cwd: string = repoRoot): Services {
  let text: string
  try {
    text = gitIn(cwd, 'show', `${commit}:${FUNCTION_SERVICES_FILE}`)
  } catch {
    return {}
  }
  return ComposeServices.parse(parse(text)).services
}

/** The deploy plan from `base` to HEAD (every deployable, nothing removed, without a base). */
export async function deployPlanSince(base: string | undefined): Promise<DeployPlan> {
  const sources = await deployables()
  const commit = knownCommit(base)
  if (!commit) {
    console.error('changed-functions: no known base commit, so every deployable is listed')
    return { deploy: sources.map((source) => source.name), remove: [] }
  }
  const changedFiles = git('diff', '--name-only', commit, 'HEAD').split('\n').filter(Boolean)
  if (changedFiles.length === 0) return { deploy: [], remove: [] }
  // Bundled into a scratch folder: only the inputs matter, and dist/ stays as it was.
  const scratch = await mkdtemp(join(tmpdir(), 'mart-changed-functions-'))
  try {
    const bundles: FunctionBundle[] = []
    for (const source of sources) {
      const built = await buildFunction(source, scratch)
      bundles.push({ name: built.name, inputs: built.inputs.map(repoRelative) })
    }
    return deployPlan({
      changedFiles,
      bundles,
      servicesBefore: servicesAt(commit),
      servicesAfter: servicesAt('HEAD'),
    })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
