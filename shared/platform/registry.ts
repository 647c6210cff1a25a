import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { EventFunction } from '#shared/events'
import type { HttpFunction } from '#shared/http'
import type { ScheduledFunction } from '#shared/schedule'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const functionsDir = join(repoRoot, 'functions')
/** What `npm start` keeps between runs: the embedded database, the development key. */
export const dataDir = join(repoRoot, '.data')
/** Where a running `npm start` leaves the URL of its embedded database, for the admin runner. */
export const embeddedDatabaseUrlFile = join(dataDir, 'embedded-database-url')

export interface FunctionSource {
  /** `<domain>-<folder>`: the deployable name. */
  name: string
  domain: string
  /**
   * Event functions are the `on-<event>` folders, scheduled functions the `every-<job>` ones;
   * all others take HTTP requests.
   */
  kind: 'http' | 'event' | 'scheduled'
  /** The function's entry file, relative to the repo root. */
  entry: string
}

/** Every `functions/<domain>/<function>/function.ts`, sorted by name: nobody lists them by hand. */
export async function findFunctionSources(): Promise<FunctionSource[]> {
  const sources: FunctionSource[] = []
  for (const domain of await subfolders(functionsDir)) {
    for (const folder of await subfolders(join(functionsDir, domain))) {
      const files = await readdir(join(functionsDir, domain, folder))
      if (files.includes('function.ts')) {
        sources.push({
          name: `${domain}-${folder}`,
          domain,
          kind: kindOf(folder),
          entry: `functions/${domain}/${folder}/function.ts`,
        })
      }
    }
  }
  return sources.sort((a, b) => a.name.localeCompare(b.name))
}

function kindOf(folder: string): FunctionSource['kind'] {
  if (folder.startsWith('on-')) return 'event'
  if (folder.startsWith('every-')) return 'scheduled'
  return 'http'
}

/**
 * The platform's own scheduled functions: they keep the platform's event tables in every
 * domain, so no domain folder holds them (docs/adr/0010-scheduled-functions.md).
 */
export const platformFunctionSources: FunctionSource[] = [
  {
    name: 'event-housekeeping',
    domain: 'platform',
    kind: 'scheduled',
    entry: 'shared/platform/events/housekeeping.ts',
  },
]

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
}

export interface LoadedHttpFunction extends FunctionSource {
  fn: HttpFunction
}

export interface LoadedEventFunction extends FunctionSource {
  fn: EventFunction
}

export interface LoadedScheduledFunction extends FunctionSource {
  fn: ScheduledFunction
}

type AnyFunction = HttpFunction | EventFunction | ScheduledFunction

async function loadFunction(source: FunctionSource): Promise<AnyFunction> {
  const module = (await import(pathToFileURL(join(repoRoot, source.entry)).href)) as {
    default: AnyFunction
  }
  const { manifest } = module.default
  if (manifest.name !== source.name) {
    throw new Error(`${source.entry} is named '${manifest.name}'; its folder says '${source.name}'`)
  }
  if (manifest.kind !== source.kind) {
    throw new Error(
      `${source.entry} is a ${manifest.kind} function; its folder says ${source.kind}`,
    )
  }
  return module.default
}

/** Imports every HTTP function, checking that its manifest agrees with its folder. */
export async function loadHttpFunctions(): Promise<LoadedHttpFunction[]> {
  const loaded: LoadedHttpFunction[] = []
  for (const source of await findFunctionSources()) {
    const fn = await loadFunction(source)
    if (fn.manifest.kind === 'http') loaded.push({ ...source, fn: fn as HttpFunction })
  }
  return loaded
}

/** Imports every event function, checking that its manifest agrees with its folder. */
export async function loadEventFunctions(): Promise<LoadedEventFunction[]> {
  const loaded: LoadedEventFunction[] = []
  for (const source of await findFunctionSources()) {
    const fn = await loadFunction(source)
    if (fn.manifest.kind === 'event') loaded.push({ ...source, fn: fn as EventFunction })
  }
  return loaded
}

/**
 * Imports every scheduled function, the domains' and the platform's, checking that each
 * manifest agrees with its folder.
 */
export async function loadScheduledFunctions(): Promise<LoadedScheduledFunction[]> {
  const loaded: LoadedScheduledFunction[] = []
  for (const source of [...(await findFunctionSources()), ...platformFunctionSources]) {
    const fn = await loadFunction(source)
    if (fn.manifest.kind === 'scheduled') loaded.push({ ...source, fn: fn as ScheduledFunction })
  }
  return loaded
}
