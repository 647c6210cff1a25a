/**
 * The admin runner (and the other scripts) as an operator uses it: its own process, pointed at
 * the database by DATABASE_URL, secrets on stdin rather than on the command line.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from '../registry.ts'

export interface AdminRun {
  exitCode: number | null
  stdout: string
  stderr: string
}

export function runAdmin(
  args: string[],
  env: Record<string, string | undefined>,
  stdin = '',
): Promise<AdminRun> {
  return runScript('admin.ts', args, env, stdin)
}

/** `scripts/<script>` with `args` in a process of its own, as `npm run` starts it. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  stdin = '',
): Promise<AdminRun> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'scripts', script), ...args],
    { cwd: repoRoot, env: { ...process.env, KAFKA_BROKERS: undefined, ...env } },
  )
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  child.stdin.end(stdin)
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }))
  })
}
