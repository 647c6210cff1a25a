/**
 * The admin runner's audit trail: one row in public.admin_audit per command run (migration
 * 0006), with its arguments, the values of secret options redacted, who ran it and how it
 * ended. A dry run is recorded too, marked as one: it changes no data but says what someone
 * meant to do.
 */
import { hostname, userInfo } from 'node:os'
import type { Sql } from '#shared/db'

const SECRET_OPTION = /password|secret|token|key/i
export const REDACTED = '[redacted]'

/**
 * The command line with the value of every secret option (`--password X`, `--password=X`)
 * replaced, and the secrets themselves, to take out of error messages too.
 */
export function redactArguments(args: string[]): { redacted: string[]; secrets: string[] } {
  const secrets: string[] = []
  const redacted = args.map((arg, index) => {
    const inline = /^--([^=]+)=(.*)$/s.exec(arg)
    if (inline?.[1] && inline[2] !== undefined && SECRET_OPTION.test(inline[1])) {
      secrets.push(inline[2])
      return `--${inline[1]}=${REDACTED}`
    }
    const previous = args[index - 1]
    if (previous?.startsWith('--') && !previous.includes('=') && SECRET_OPTION.test(previous)) {
      secrets.push(arg)
      return REDACTED
    }
    return arg
  })
  return { redacted, secrets: secrets.filter((secret) => secret !== '') }
}

export interface AdminRun {
  command: string
  args: string[]
  startedAt: Date
  /** Undefined when the command succeeded. */
  error: string | undefined
}

/** Who runs this process, when the OS tells. */
function osUser(): string | null {
  try {
    return userInfo().username
  } catch {
    return null
  }
}

export async function recordAdminRun(sql: Sql, run: AdminRun): Promise<void> {
  const { redacted, secrets } = redactArguments(run.args)
  const error =
    run.error === undefined
      ? null
      : secrets.reduce((message, secret) => message.replaceAll(secret, REDACTED), run.error)
  await sql`
    insert into public.admin_audit
      (command, arguments, dry_run, started_at, finished_at, outcome, error, os_user, host)
    values (${run.command}, ${sql.json(redacted)}, ${run.args.includes('--dry-run')},
            ${run.startedAt}, now(), ${error === null ? 'ok' : 'failed'}, ${error},
            ${osUser()}, ${hostname()})`
}
