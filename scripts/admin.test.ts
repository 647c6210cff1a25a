import { randomUUID } from 'node:crypto'
import { Kafka, logLevel } from 'kafkajs'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { UserRegistered } from '#proto'
import { encodeEnvelope } from '#shared/events'
import { createLogger } from '#shared/observability'
import {
  createInProcessTrigger,
  createOutboxRelay,
  createTriggerMetrics,
  type InProcessTrigger,
  type OutboxRelay,
} from '#shared/platform'
import { committedPositions, deleteGroups, runAdmin } from '#shared/platform/testing'
import { eventually, useTestDatabase } from '#shared/testing'
import { commands } from './admin-commands.ts'

const database = useTestDatabase()
const admin = (args: string[], stdin = '') =>
  runAdmin(args, { DATABASE_URL: database().url }, stdin)

describe('npm run admin', () => {
  it('lists every command with its usage in --help, and refuses an unknown one', async () => {
    const help = await admin(['--help'])
    expect(help.exitCode).toBe(0)
    const listed = [...help.stdout.matchAll(/^ {2}(\S+) +\S/gm)].map((match) => match[1])
    expect(listed).toEqual(Object.keys(commands))
    expect(listed).toContain('seed')
    for (const command of Object.values(commands)) {
      expect(help.stdout).toContain(`usage: ${command.usage}`)
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
    let publisher: InProcessTrigger
    let fixed = false
    const handled: string[] = []

    beforeAll(async () => {
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
      publisher = await createInProcessTrigger({
        sql,
        log,
        metrics: createTriggerMetrics(registry),
        subscribers: new Map([[UserRegistered.topic, [subscriber]]]),
        releasePollMs: 50,
      })
      relay = createOutboxRelay({ sql, publisher, log, registry, pollIntervalMs: 50 })
      relay.start()
    })
    afterAll(async () => {
      await relay.stop()
      await publisher.stop()
    })

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

      const dryDrop = await admin([
        'dlq:drop',
        '--topic',
        'mart.users.v1',
        '--id',
        eventId,
        '--dry-run',
      ])
      expect(dryDrop.exitCode, dryDrop.stderr).toBe(0)
      expect(dryDrop.stdout).toContain(`would drop ${eventId}; the 0 event(s) parked behind it`)
      const dryReplay = await admin(['dlq:replay', '--topic', 'mart.users.v1', '--dry-run'])
      expect(dryReplay.exitCode, dryReplay.stderr).toBe(0)
      expect(dryReplay.stdout).toContain('would replay 1 event(s) of mart.users.v1:')
      expect(dryReplay.stdout).toContain(`  ${eventId} ${UserRegistered.type} key=${eventId}`)
      expect(dryReplay.stdout).toContain('dry run: nothing changed')
      const [untouched] = await database().sql<{ release: string | null; replayed: boolean }[]>`
        select k.release, d.replayed_at is not null as replayed
        from public.parked_keys k join public.dead_letters d using (event_id)
        where k.event_id = ${eventId}`
      expect(untouched).toEqual({ release: null, replayed: false })

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
  describe('events:rewind on Kafka', () => {
    // A group of this run's own on the function's real topic: `<prefix>fn.<name>`, as a mart
    // started with KAFKA_GROUP_PREFIX has. Offsets are only read from the topic, never written.
    const FUNCTION = 'notifications-on-user-registered'
    const prefix = `test.rewind.${randomUUID()}.`
    const groupId = `${prefix}fn.${FUNCTION}`
    const brokers = () => inject('kafkaBrokers')
    const rewind = (args: string[], env: Record<string, string | undefined> = {}) =>
      runAdmin(['events:rewind', '--function', FUNCTION, ...args], {
        KAFKA_BROKERS: brokers().join(','),
        KAFKA_GROUP_PREFIX: prefix,
        ...env,
      })
    const committed = () => committedPositions(brokers(), groupId, [UserRegistered.topic])

    // The group exists once a test has used it; a run filtered to one test may not have.
    afterAll(() => deleteGroups(brokers(), [groupId]).catch(() => undefined))

    it('says it needs Kafka when KAFKA_BROKERS is unset', async () => {
      const run = await rewind(['--to', 'earliest'], { KAFKA_BROKERS: undefined })
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain('KAFKA_BROKERS is not set')
    })

    it('refuses an unknown function and a --to that is no time', async () => {
      const unknown = await runAdmin(
        ['events:rewind', '--function', 'users-on-nothing', '--to', 'earliest'],
        { KAFKA_BROKERS: brokers().join(',') },
      )
      expect(unknown.exitCode).toBe(2)
      expect(unknown.stderr).toContain('--function: users-on-nothing is not an event function')
      const badTime = await rewind(['--to', 'yesterday'])
      expect(badTime.exitCode).toBe(2)
      expect(badTime.stderr).toContain('--to: is neither earliest nor an ISO time')
    })

    it('refuses while the group has members, and changes nothing', async () => {
      const member = new Kafka({
        clientId: 'still-running',
        brokers: brokers(),
        logLevel: logLevel.NOTHING,
      }).consumer({ groupId })
      const joined = new Promise<void>((resolve) =>
        member.on('consumer.group_join', () => resolve()),
      )
      await member.connect()
      await member.subscribe({ topic: UserRegistered.topic })
      await member.run({ autoCommit: false, eachMessage: async () => {} })
      try {
        await joined
        const before = await committed()
        const run = await rewind(['--to', 'earliest'])
        expect(run.exitCode).toBe(2)
        expect(run.stderr).toContain(`${groupId} has 1 member(s) (still-running)`)
        expect(await committed()).toEqual(before)
      } finally {
        await member.disconnect()
      }
    })

    it('--dry-run prints the offsets it would set; without it, sets them', async () => {
      const admin = new Kafka({ brokers: brokers(), logLevel: logLevel.NOTHING }).admin()
      await admin.connect()
      const earliest = await admin
        .fetchTopicOffsets(UserRegistered.topic)
        .finally(() => admin.disconnect())
      const before = await committed()

      const dryRun = await rewind(['--to', 'earliest', '--dry-run'])
      expect(dryRun.exitCode, dryRun.stderr).toBe(0)
      for (const { partition, low } of earliest) {
        expect(dryRun.stdout).toMatch(new RegExp(`^  partition ${partition}: .* -> ${low}$`, 'm'))
      }
      expect(dryRun.stdout).toContain('dry run: nothing changed')
      expect(await committed()).toEqual(before)

      const run = await rewind(['--to', 'earliest'])
      expect(run.exitCode, run.stderr).toBe(0)
      expect(run.stdout).toContain(`rewound ${groupId}`)
      expect(await committed()).toEqual(
        new Map(
          earliest.map(({ partition, low }) => [
            `${UserRegistered.topic}/${partition}`,
            BigInt(low),
          ]),
        ),
      )
    })
  })
})
