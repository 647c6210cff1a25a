import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserRegistered } from '#proto'
import { encodeEnvelope } from '#shared/events'
import { createLogger } from '#shared/observability'
import {
  createInProcessTrigger,
  createOutboxRelay,
  createTriggerMetrics,
  type OutboxRelay,
} from '#shared/platform'
import { runAdmin } from '#shared/platform/testing'
import { eventually, useTestDatabase } from '#shared/testing'

const database = useTestDatabase()
const admin = (args: string[], stdin = '') =>
  runAdmin(args, { DATABASE_URL: database().url }, stdin)

describe('npm run admin', () => {
  it('lists its commands with --help, and refuses an unknown one', async () => {
    const help = await admin(['--help'])
    expect(help.exitCode).toBe(0)
    for (const command of [
      'migrate',
      'create-admin',
      'outbox:status',
      'dlq:list',
      'dlq:replay',
      'kafka:topics',
    ]) {
      expect(help.stdout).toContain(command)
    }
    const unknown = await admin(['make-coffee'])
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toContain("unknown command 'make-coffee'")
  })

  it('migrate applies nothing twice', async () => {
    const run = await admin(['migrate'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('nothing to apply')
  })

  it('create-admin reads the password from stdin and refuses bad input with a clear message', async () => {
    const made = await admin(
      ['create-admin', '--email', 'Boss@Example.com'],
      'a long admin passphrase\n',
    )
    expect(made.exitCode).toBe(0)
    const [row] = await database().sql<{ role: string }[]>`
      select role from users.users where email = 'boss@example.com'`
    expect(row?.role).toBe('admin')
    const badEmail = await admin([
      'create-admin',
      '--email',
      'nope',
      '--password',
      'long enough pw',
    ])
    expect(badEmail.exitCode).toBe(2)
    expect(badEmail.stderr).toContain('--email')
    const shortPassword = await admin(['create-admin', '--email', 'x@example.com'], 'short\n')
    expect(shortPassword.exitCode).toBe(2)
    expect(shortPassword.stderr).toContain('at least 8 characters')
    const rows = await database()
      .sql`select id from users.users where email in ('nope', 'x@example.com')`
    expect(rows).toHaveLength(0)
  })

  describe('dead letters in embedded mode', () => {
    let relay: OutboxRelay
    let fixed = false
    const handled: string[] = []

    beforeAll(() => {
      const sql = database().sql
      const registry = new Registry()
      const log = createLogger({ level: 'silent' })
      // A consumer that refuses events as poison until it is "fixed", as after a bug fix.
      const subscriber = {
        name: 'test-on-user-registered',
        eventTypes: new Set([UserRegistered.type]),
        retry: { attempts: 3, initialDelayMs: 1, maxDelayMs: 1 },
        concurrency: 8,
        app: {
          fetch: async (request: Request) => {
            if (!fixed) return Response.json({ detail: 'cannot handle this yet' }, { status: 422 })
            handled.push(request.headers.get('ce-id') ?? '')
            return new Response(null, { status: 204 })
          },
        },
      }
      const publisher = createInProcessTrigger({
        sql,
        log,
        metrics: createTriggerMetrics(registry),
        subscribers: new Map([[UserRegistered.topic, [subscriber]]]),
      })
      relay = createOutboxRelay({ sql, publisher, log, registry, pollIntervalMs: 50 })
      relay.start()
    })
    afterAll(() => relay.stop())

    it('lists a poison event with its reason, and replays it once the consumer is fixed', async () => {
      const eventId = crypto.randomUUID()
      const envelope = encodeEnvelope({
        eventId,
        type: UserRegistered.type,
        occurredAt: new Date(),
        source: 'test',
        correlationId: 'dlq-test',
        causationId: '',
        payload: UserRegistered.encode({ userId: eventId, email: 'p@example.com', name: 'P' }),
      })
      await database().sql`
        insert into users.outbox (event_id, topic, event_key, event_type, envelope)
        values (${eventId}, ${UserRegistered.topic}, ${eventId}, ${UserRegistered.type}, ${Buffer.from(envelope)})`
      await eventually(
        async () => {
          const rows = await database()
            .sql`select id from public.dead_letters where event_id = ${eventId}`
          return rows.length > 0 ? true : undefined
        },
        { what: 'the dead letter' },
      )

      const listed = await admin(['dlq:list', '--topic', 'mart.users.v1'])
      expect(listed.exitCode).toBe(0)
      expect(listed.stdout).toContain(eventId)
      expect(listed.stdout).toContain('attempts=1')
      expect(listed.stdout).toContain('422 cannot handle this yet')

      fixed = true
      const replay = await admin(['dlq:replay', '--topic', 'mart.users.v1', '--id', eventId])
      expect(replay.exitCode).toBe(0)
      await eventually(async () => (handled.includes(eventId) ? true : undefined), {
        what: 'the replay',
      })
      expect((await admin(['dlq:list', '--topic', 'mart.users.v1'])).stdout).toContain('(replayed)')
      const again = await admin(['dlq:replay', '--topic', 'mart.users.v1', '--id', eventId])
      expect(again.exitCode).toBe(2)
    })

    it('outbox:status tells how many events wait', async () => {
      const run = await admin(['outbox:status'])
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toMatch(/^users: \d+ pending/m)
    })
  })
})
