import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './lib/functions.ts'

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(repoRoot, dir), { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)))
}

async function localImports(file: string): Promise<string[]> {
  const text = await readFile(join(repoRoot, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map(
    (m) => m[1] ?? '',
  )
  return specifiers.map((specifier) => relative(repoRoot, resolve(repoRoot, file, '..', specifier)))
}

describe('dependency direction', () => {
  it('shared/ never imports functions/ or scripts/', async () => {
    for (const file of await sourceFiles('shared')) {
      for (const target of await localImports(file)) {
        expect(target, `${file} imports ${target}`).not.toMatch(/^(functions|scripts)\//)
      }
    }
  })

  it('a function imports only shared/, proto/ and its own domain’s lib/, never another function', async () => {
    for (const file of await sourceFiles('functions')) {
      const [, domain, unit] = file.split('/')
      // A test may drive its neighbours too (log in, then refresh), but only in its own domain.
      const isTest = file.endsWith('.test.ts')
      for (const target of await localImports(file)) {
        const [top, targetDomain, targetUnit] = target.split('/')
        const allowed =
          top === 'shared' ||
          top === 'proto' ||
          (targetDomain === domain && (isTest || targetUnit === 'lib' || targetUnit === unit))
        expect(allowed, `${file} imports ${target}`).toBe(true)
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
