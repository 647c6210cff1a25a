import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../registry.ts'
import { renderGeneratedFiles } from './index.ts'

describe('generated files', async () => {
  const expected = await renderGeneratedFiles()

  it.each([...expected.keys()])('%s is what `npm run generate` writes', async (path) => {
    const committed = await readFile(join(repoRoot, path), 'utf8').catch(() => '(missing)')
    expect(committed, `${path} is stale: run npm run generate`).toBe(expected.get(path))
  })
})
