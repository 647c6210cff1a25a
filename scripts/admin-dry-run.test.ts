/**
 * `--dry-run` on each command that changes data: it says what it would do and changes nothing.
 * (seed's and events:rewind's are tested with their commands, dlq:replay's and dlq:drop's with
 * the dead letters in admin.test.ts.)
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { ALL_TOPICS } from '#proto'
import { publicJwkOf } from '#shared/auth'
import { runAdmin } from '#shared/platform/testing'
import {
  databaseUrl,
  dropDatabase,
  testSigningKey,
  useTestDatabase,
  withAdmin,
} from '#shared/testing'

const database = useTestDatabase()
const admin = (args: string[], stdin = '') =>
  runAdmin(args, { DATABASE_URL: database().url }, stdin)

describe('npm run admin -- <command> --dry-run', () => {
  describe('migrate', () => {
    const server = inject('databaseServerUrl')
    const empty = `mart_dry_run_${Date.now()}`
    afterAll(() => withAdmin(server, (sql) => dropDatabase(sql, empty)))

    it('lists the migrations a new database would get, and applies none', async () => {
      await withAdmin(server, (sql) => sql`create database ${sql(empty)}`)
      const run = await runAdmin(['migrate', '--dry-run'], {
        DATABASE_URL: databaseUrl(server, empty),
      })
      expect(run.exitCode, run.stderr).toBe(0)
      expect(run.stdout).toContain('would apply platform/0001-events.sql')
      expect(run.stdout).toContain('would apply platform/0006-admin-audit.sql')
      expect(run.stdout).toContain('would apply users/')
      expect(run.stdout).toContain('dry run: nothing changed')
      expect(run.stderr).toContain('not recorded in the audit: the database has no admin_audit')
      const tables = await withAdmin(
        databaseUrl(server, empty),
        (sql) => sql`
        select table_name from information_schema.tables
        where table_schema not in ('pg_catalog', 'information_schema')`,
      )
      expect(tables).toEqual([])
    })

    it('says nothing is left to apply on a migrated database', async () => {
      const run = await admin(['migrate', '--dry-run'])
      expect(run.exitCode, run.stderr).toBe(0)
      expect(run.stdout).toBe('nothing to apply\ndry run: nothing changed\n')
    })
  })

  it('create-admin checks everything, says whom it would create, and creates nobody', async () => {
    const run = await admin(
      ['create-admin', '--email', 'Dry@Example.com', '--dry-run'],
      'a long admin passphrase\n',
    )
    expect(run.exitCode, run.stderr).toBe(0)
    expect(run.stdout).toBe(
      'would create admin dry@example.com (Administrator)\ndry run: nothing changed\n',
    )
    const [users] = await database().sql<{ count: number }[]>`
      select count(*)::int from users.users`
    expect(users?.count).toBe(0)
    const short = await admin(['create-admin', '--email', 'x@example.com', '--dry-run'], 'short\n')
    expect(short.exitCode).toBe(2)
    expect(short.stderr).toContain('at least 8 characters')
  })

  it('kafka:topics tells which topics exist and which it would create, and creates none', async () => {
    const brokers = inject('kafkaBrokers')
    const kafka = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin()
    await kafka.connect()
    try {
      const before = (await kafka.listTopics()).sort()
      const run = await runAdmin(['kafka:topics', '--dry-run'], {
        DATABASE_URL: database().url,
        KAFKA_BROKERS: brokers.join(','),
      })
      expect(run.exitCode, run.stderr).toBe(0)
      for (const topic of ALL_TOPICS) {
        expect(run.stdout).toMatch(new RegExp(`^  ${topic}: (exists|would be created)$`, 'm'))
        expect(run.stdout).toMatch(new RegExp(`^  ${topic}\\.dlq: (exists|would be created)$`, 'm'))
      }
      expect(run.stdout).toContain('dry run: nothing changed')
      expect((await kafka.listTopics()).sort()).toEqual(before)
    } finally {
      await kafka.disconnect()
    }
  })

  it('kong:config says what it would write, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kong-dry-run-'))
    try {
      const out = join(dir, 'kong.yml')
      const jwks = JSON.stringify({ keys: [publicJwkOf(await testSigningKey())] })
      const run = await runAdmin(['kong:config', '--out', out, '--dry-run'], {
        DATABASE_URL: database().url,
        AUTH_JWKS: jwks,
      })
      expect(run.exitCode, run.stderr).toBe(0)
      expect(run.stdout).toBe(`would write ${out} with 1 issuer key(s)\ndry run: nothing changed\n`)
      expect(existsSync(out)).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
