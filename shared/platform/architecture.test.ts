import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './registry.ts'

const packageImports = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'))
  .imports as Record<string, string>

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(repoRoot, dir), { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)))
}

/** The unit a file belongs to: a domain, a toolkit module, the platform, or a top folder. */
function moduleOf(file: string): string {
  const [top, second] = file.split('/')
  return top === 'functions' || top === 'shared' ? `${top}/${second}` : (top ?? '')
}

interface LocalImport {
  specifier: string
  /** The file it names, relative to the repo root. */
  target: string
}

/** Every import of our own code: relative paths and `#` subpath imports, static or dynamic. */
async function localImports(file: string): Promise<LocalImport[]> {
  const text = await readFile(join(repoRoot, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([.#][^']+)'/g)].map(
    (match) => match[1] ?? '',
  )
  return specifiers.map((specifier) => {
    const mapped = packageImports[specifier]
    const target = specifier.startsWith('#')
      ? (mapped ?? `(not in package.json imports: ${specifier})`)
      : resolve(repoRoot, file, '..', specifier)
    return { specifier, target: relative(repoRoot, resolve(repoRoot, target)) }
  })
}

describe('dependency direction', () => {
  it('reads both kinds of import: relative paths and # subpath imports', async () => {
    const imports = await localImports('shared/platform/entries/http-function.ts')
    expect(imports).toContainEqual({ specifier: '#shared/http', target: 'shared/http/index.ts' })
    expect(imports).toContainEqual({ specifier: '../serve.ts', target: 'shared/platform/serve.ts' })
  })

  it('shared/ never imports functions/ or scripts/, and only the platform imports the platform', async () => {
    for (const file of await sourceFiles('shared')) {
      const isPlatform = file.startsWith('shared/platform/')
      for (const { target } of await localImports(file)) {
        expect(target, `${file} imports ${target}`).not.toMatch(/^(functions|scripts)\//)
        if (!isPlatform)
          expect(target, `${file} imports ${target}`).not.toMatch(/^shared\/platform\//)
      }
    }
  })

  it('a function imports the toolkit, the events and its own domain, never the platform or another function', async () => {
    for (const file of await sourceFiles('functions')) {
      const [, domain, unit] = file.split('/')
      // A test may drive its neighbours too (log in, then refresh), but only in its own domain.
      const isTest = file.endsWith('.test.ts')
      for (const { specifier, target } of await localImports(file)) {
        const [top, second, third] = target.split('/')
        const toolkit = top === 'shared' && second !== 'platform' && specifier.startsWith('#')
        const events = top === 'proto' && specifier === '#proto'
        const ownDomain =
          top === 'functions' && second === domain && (isTest || third === 'lib' || third === unit)
        expect(toolkit || events || ownDomain, `${file} imports ${specifier}`).toBe(true)
      }
    }
  })

  it('reaches another module only through its public entry: no deep relative paths', async () => {
    const files = [
      ...(await sourceFiles('functions')),
      ...(await sourceFiles('shared')),
      ...(await sourceFiles('scripts')),
      ...(await sourceFiles('features')),
    ]
    for (const file of files) {
      for (const { specifier, target } of await localImports(file)) {
        if (specifier.startsWith('#')) continue
        // The admin runner writes through a domain's own queries, as its functions do.
        const domainQueries =
          file.startsWith('scripts/') && /^functions\/[\w-]+\/lib\//.test(target)
        if (domainQueries) continue
        expect(moduleOf(target), `${file} imports ${specifier}`).toBe(moduleOf(file))
      }
    }
  })

  it('a function file exports only its default', async () => {
    for (const file of (await sourceFiles('functions')).filter((f) => f.endsWith('/function.ts'))) {
      const text = await readFile(join(repoRoot, file), 'utf8')
      expect(text.match(/^export (?!default)/m), file).toBeNull()
    }
  })
})
