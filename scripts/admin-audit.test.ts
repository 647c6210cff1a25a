import { describe, expect, it } from 'vitest'
import { runAdmin } from '#shared/platform/testing'
import { useTestDatabase } from '#shared/testing'
import { REDACTED, redactArguments } from './admin-audit.ts'

const database = useTestDatabase()
const admin = (args: string[], stdin = '') =>
  runAdmin(args, { DATABASE_URL: database().url }, stdin)

interface AuditRow {
  command: string
  arguments: string[]
  dryRun: boolean
  outcome: string
  error: string | null
  osUser: string | null
  finishedAt: Date
  startedAt: Date
}

/** The rows the run added, oldest first. */
async function auditRows(): Promise<AuditRow[]> {
  return database().sql<AuditRow[]>`
    select command, arguments, dry_run, outcome, error, os_user, started_at, finished_at
    from public.admin_audit order by id`
}

describe('the admin audit', () => {
  it('redacts the values of secret options, given apart or inline', () => {
    expect(
      redactArguments(['--email', 'a@b.c', '--password', 'hunter2 hunter2', '--api-token=xyz']),
    ).toEqual({
      redacted: ['--email', 'a@b.c', '--password', REDACTED, `--api-token=${REDACTED}`],
      secrets: ['hunter2 hunter2', 'xyz'],
    })
  })

  it('records a run with its arguments, secrets redacted, who ran it and that it went well', async () => {
    const before = (await auditRows()).length
    const password = 'a secret admin passphrase'
    const run = await admin([
      'create-admin',
      '--email',
      'audit@example.com',
      '--password',
      password,
    ])
    expect(run.exitCode, run.stderr).toBe(0)
    expect(run.stdout + run.stderr).not.toContain(password)
    const rows = (await auditRows()).slice(before)
    expect(rows).toHaveLength(1)
    const [row] = rows
    expect(row).toMatchObject({
      command: 'create-admin',
      arguments: ['--email', 'audit@example.com', '--password', REDACTED],
      dryRun: false,
      outcome: 'ok',
      error: null,
    })
    expect(row?.osUser).toBeTruthy()
    expect(row?.finishedAt.getTime()).toBeGreaterThanOrEqual(row?.startedAt.getTime() ?? 0)
    expect(JSON.stringify(await auditRows())).not.toContain(password)
  })

  it('records a failed run with its error message, and a refused one, secrets redacted', async () => {
    const before = (await auditRows()).length
    const args = ['create-admin', '--email', 'twice@example.com', '--password=long enough pw']
    expect((await admin(args)).exitCode).toBe(0)
    const again = await admin(args)
    expect(again.exitCode).toBe(2)
    const refused = await admin(['create-admin', '--email', 'nope', '--password', 'long enough'])
    expect(refused.exitCode).toBe(2)
    const rows = (await auditRows()).slice(before)
    expect(
      rows.map(({ outcome, error, arguments: recorded }) => ({ outcome, error, recorded })),
    ).toEqual([
      { outcome: 'ok', error: null, recorded: args.slice(1, 3).concat(`--password=${REDACTED}`) },
      {
        outcome: 'failed',
        error: 'an account with the email twice@example.com already exists',
        recorded: args.slice(1, 3).concat(`--password=${REDACTED}`),
      },
      {
        outcome: 'failed',
        error: expect.stringContaining('--email'),
        recorded: ['--email', 'nope', '--password', REDACTED],
      },
    ])
  })

  it('records a dry run as one, and it changes nothing else', async () => {
    const before = (await auditRows()).length
    const run = await admin(['seed', '--products', '3', '--dry-run'])
    expect(run.exitCode, run.stderr).toBe(0)
    const rows = (await auditRows()).slice(before)
    expect(rows).toMatchObject([
      { command: 'seed', arguments: ['--products', '3', '--dry-run'], dryRun: true, outcome: 'ok' },
    ])
    const [products] = await database().sql<{ count: number }[]>`
      select count(*)::int from catalog.products`
    expect(products?.count).toBe(0)
  })

  it('runs a command that needs no database where there is none, and says it was not recorded', async () => {
    const run = await runAdmin(['keys:generate'], { DATABASE_URL: undefined })
    expect(run.exitCode, run.stderr).toBe(0)
    expect(run.stdout).toContain('AUTH_JWKS=')
    expect(run.stderr).toContain('not recorded in the audit: no database')
  })
})
