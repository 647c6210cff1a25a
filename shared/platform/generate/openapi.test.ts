import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { loadHttpFunctions, repoRoot } from '../registry.ts'
import { openApiDocument } from './openapi.ts'

const run = promisify(execFile)

interface LintReport {
  totals: { errors: number; warnings: number }
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[]
}

/** `redocly lint` of the committed document with redocly.yaml (the recommended rules). */
async function redoclyLint(): Promise<LintReport> {
  const lint = run(
    join(repoRoot, 'node_modules', '.bin', 'redocly'),
    ['lint', 'docs/openapi.json', '--format=json'],
    // Tests run offline: no usage telemetry, no check for a newer version.
    {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  )
  // It exits 1 when it finds errors, and still prints its report.
  const { stdout } = await lint.catch((failed: { stdout: string }) => failed)
  return JSON.parse(stdout) as LintReport
}

describe('docs/openapi.json', () => {
  it('passes `redocly lint` with the recommended rules: no error, no warning', async () => {
    const report = await redoclyLint()
    const problems = report.problems.map(
      ({ ruleId, message, location }) => `${ruleId} at ${location[0]?.pointer}: ${message}`,
    )
    expect(problems).toEqual([])
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 })
  })

  it('names each operation after its function and says who may call it', async () => {
    const functions = (await loadHttpFunctions()).map(({ fn }) => fn)
    const document = openApiDocument(functions)
    const operations = functions.map(({ manifest: { name, path, method } }) => {
      const operation = document.paths?.[path]?.[method]
      return { name, operationId: operation?.operationId, security: operation?.security }
    })
    expect(operations).toContainEqual({
      name: 'users-get-me',
      operationId: 'usersGetMe',
      security: [{ bearerAuth: [] }],
    })
    expect(operations).toContainEqual({
      name: 'users-register',
      operationId: 'usersRegister',
      security: [],
    })
    expect(operations).toContainEqual({
      name: 'catalog-list-products',
      operationId: 'catalogListProducts',
      security: [],
    })
    for (const { name, operationId } of operations) {
      expect(operationId, name).toMatch(/^[a-z][a-zA-Z0-9]*$/)
      expect(operationId?.toLowerCase(), name).toBe(name.replaceAll('-', ''))
    }
    expect(new Set(operations.map(({ operationId }) => operationId)).size).toBe(operations.length)
  })
})
