/**
 * The workflows and the Dockerfile, checked by their own tools rather than by our reading of
 * them: action-validator (the GitHub Actions workflow and action schemas, plus `needs` that
 * name no job) and dockerfile-utils (the Dockerfile linter of the Docker language server).
 * Any finding fails, warnings included. actionlint and hadolint would go further, but only
 * npm, Debian and Maven Central are reachable here.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { repoRoot } from './registry.ts'

function runTool(tool: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', tool), args, {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  if (result.error) throw result.error
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() }
}

/** Every workflow, and every local action the workflows use. */
function actionFiles(): string[] {
  const workflows = readdirSync(join(repoRoot, '.github', 'workflows'))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => `.github/workflows/${file}`)
  const actions = readdirSync(join(repoRoot, '.github', 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `.github/actions/${entry.name}/action.yml`)
  return [...workflows, ...actions]
}

describe('action-validator', () => {
  it.each(actionFiles())('finds nothing wrong in %s', (file) => {
    expect(runTool('action-validator', [file])).toEqual({ status: 0, output: '' })
  })
})

const LintFindings = z.array(
  z.looseObject({ instructionLine: z.number(), message: z.string(), severity: z.string() }),
)

describe('dockerfile-utils lint', () => {
  it('finds nothing to report in the Dockerfile, not even a warning', () => {
    const { status, output } = runTool('dockerfile-utils', ['lint', '--json', 'Dockerfile'])
    const findings = LintFindings.parse(JSON.parse(output)).map(
      (finding) => `line ${finding.instructionLine + 1}: ${finding.severity}: ${finding.message}`,
    )
    expect(findings).toEqual([])
    expect(status).toBe(0)
  })
})
