/**
 * The admin script runner: `npm run admin -- <command> [options]` (the commands are in
 * scripts/admin-commands.ts). Wrong arguments exit 2 with a clear message; every run of a
 * command is recorded in the mart's audit table (scripts/admin-audit.ts).
 */
import { parseArgs } from 'node:util'
import { ConfigError, readConfig } from '#shared/config'
import { recordAdminRun } from './admin-audit.ts'
import { AdminConfig, type Command, commands, UsageError } from './admin-commands.ts'
import { martDatabaseUrl, withSql } from './admin-runtime.ts'

function help(): string {
  const lines = Object.entries(commands).map(
    ([name, command]) =>
      `  ${name.padEnd(14)} ${command.summary}\n  ${''.padEnd(14)} usage: ${command.usage}`,
  )
  return `usage: npm run admin -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`
}

/** The command's outcome: undefined when it succeeded, else its message and exit code. */
async function runCommand(
  name: string,
  command: Command,
  args: string[],
): Promise<{ message: string; exitCode: number } | undefined> {
  try {
    const { values } = parseArgs({ args, options: command.options, strict: true })
    await command.run(values)
    return undefined
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error instanceof TypeError && 'code' in error)
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`${name}: ${message}\n`)
    if (usage) process.stderr.write(`usage: npm run admin -- ${command.usage}\n`)
    return { message, exitCode: usage ? 2 : 1 }
  }
}

/**
 * Records the run in the mart's database. A command that needs none (keys:generate, say) may
 * run where there is none: it is then not recorded, and says so.
 */
async function audit(name: string, args: string[], startedAt: Date, error: string | undefined) {
  const notRecorded = (why: string) => process.stderr.write(`not recorded in the audit: ${why}\n`)
  let given: string | undefined
  try {
    given = readConfig(AdminConfig.pick({ DATABASE_URL: true })).DATABASE_URL
  } catch {
    return notRecorded('DATABASE_URL is not a PostgreSQL URL')
  }
  const url = await martDatabaseUrl(given)
  if (!url) return notRecorded('no database (DATABASE_URL is not set, no `npm start` running)')
  try {
    await withSql(url, (sql) => recordAdminRun(sql, { command: name, args, startedAt, error }))
  } catch (failure) {
    const undefinedTable = (failure as { code?: string }).code === '42P01'
    notRecorded(
      undefinedTable
        ? 'the database has no admin_audit table yet (npm run admin -- migrate)'
        : failure instanceof Error
          ? failure.message
          : String(failure),
    )
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`unknown command '${name}'\n\n${help()}`)
    return 2
  }
  const startedAt = new Date()
  const failed = await runCommand(name, command, args)
  await audit(name, args, startedAt, failed?.message)
  return failed?.exitCode ?? 0
}

process.exitCode = await main(process.argv.slice(2))
