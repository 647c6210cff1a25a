/**
 * The admin runner's commands (scripts/admin.ts runs them). Each checks its arguments and
 * throws a UsageError with a clear message when they are wrong; each that changes data takes
 * `--dry-run`, which prints what it would do and changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { parse, stringify } from 'yaml'
import { z } from 'zod'
import { ALL_TOPICS } from '#proto'
import { hashPassword, parsePublicJwks } from '#shared/auth'
import { BaseConfig, brokerList, jsonText, readConfig, topicRetentionMs } from '#shared/config'
import type { Sql } from '#shared/db'
import { deadLetterTopic } from '#shared/events'
import { createLogger } from '#shared/observability'
import {
  applyMigrations,
  applyRewind,
  consumerGroupOf,
  createKafka,
  type DeadLetter,
  deadLettersInTable,
  deadLettersOnKafka,
  dropDeadLetter,
  ensureTopics,
  functionsDir,
  type KongConfig,
  loadEventFunctions,
  loadMigrations,
  newIssuerKeys,
  outboxDomains,
  parkingOf,
  pendingMigrations,
  planRewind,
  type RewindTarget,
  replayDeadLetters,
  repoRoot,
  withIssuerKeys,
} from '#shared/platform'
import { findCredentialsByEmail, insertUser } from '../functions/users/lib/users.ts'
import { martDatabaseUrl, progressBar, withSql } from './admin-runtime.ts'
import { MAX_SEED_CATEGORIES, seedCatalog, seedPlan } from './seed-catalog.ts'

/** Wrong arguments or environment: the message and the command's usage are printed, exit 2. */
export class UsageError extends Error {}

export interface Command {
  summary: string
  usage: string
  options: Record<string, { type: 'string' | 'boolean' }>
  run(values: Record<string, string | boolean | undefined>): Promise<void>
}

const Topic = z.string().regex(/^mart\.[a-z]+\.v\d+$/, 'is not an event topic (mart.<domain>.v<N>)')

/** What the admin runner reads from the environment; each command says what it needs. */
export const AdminConfig = z.object({
  DATABASE_URL: BaseConfig.shape.DATABASE_URL.optional(),
  KAFKA_BROKERS: brokerList.optional(),
  /** The consumer groups' prefix of the mart whose groups `events:rewind` moves, if it has one. */
  KAFKA_GROUP_PREFIX: z.string().optional(),
  KAFKA_TOPIC_RETENTION_MS: topicRetentionMs,
  AUTH_JWKS: jsonText.optional(),
})
let environment: z.infer<typeof AdminConfig> | undefined
const config = () => {
  environment ??= readConfig(AdminConfig)
  return environment
}

function kafkaFromEnvironment() {
  const brokers = config().KAFKA_BROKERS
  if (!brokers) return undefined
  return createKafka(brokers, 'mart-admin', createLogger({ level: 'warn' }))
}

/** Dead letters live on `<topic>.dlq` with Kafka, in a table in embedded mode. */
async function readDeadLetters(topic: string): Promise<DeadLetter[]> {
  const kafka = kafkaFromEnvironment()
  if (kafka) return deadLettersOnKafka(kafka, topic)
  return withDatabase((sql) => deadLettersInTable(sql, topic))
}

const RewindTo: z.ZodType<RewindTarget> = z.union(
  [z.literal('earliest'), z.iso.datetime({ offset: true }).transform((time) => new Date(time))],
  { error: 'is neither earliest nor an ISO time such as 2025-01-31T09:00:00Z' },
)

const Email = z.email().transform((email) => email.toLowerCase())
const Password = z.string().min(8, 'the password needs at least 8 characters').max(128)

/** DATABASE_URL, else the embedded database of a running `npm start`. */
async function databaseUrl(): Promise<string> {
  const url = await martDatabaseUrl(config().DATABASE_URL)
  if (url) return url
  throw new UsageError('DATABASE_URL is not set and no `npm start` mart is running')
}

async function withDatabase<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
  return withSql(await databaseUrl(), work)
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}

function parseOption<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new UsageError(
    `--${option}: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
  )
}

const DRY_RUN = { 'dry-run': { type: 'boolean' } } as const

const DRY_RUN_DONE = 'dry run: nothing changed'

export const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply the SQL migrations not yet applied (DATABASE_URL)',
    usage: 'migrate [--dry-run]',
    options: DRY_RUN,
    async run(values) {
      const migrations = await loadMigrations(functionsDir)
      if (values['dry-run']) {
        const pending = await withDatabase((sql) => pendingMigrations(sql, migrations))
        console.log(
          pending.length === 0
            ? 'nothing to apply'
            : pending.map((m) => `would apply ${m.domain}/${m.version}`).join('\n'),
        )
        console.log(DRY_RUN_DONE)
        return
      }
      const applied = await withDatabase((sql) => applyMigrations(sql, migrations))
      console.log(
        applied.length === 0
          ? 'nothing to apply'
          : applied.map((m) => `applied ${m.domain}/${m.version}`).join('\n'),
      )
    },
  },
  'create-admin': {
    summary: 'create an admin account (password from stdin when --password is left out)',
    usage: 'create-admin --email EMAIL [--password PASSWORD] [--name NAME] [--dry-run]',
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      ...DRY_RUN,
    },
    async run(values) {
      const email = parseOption(Email, values.email, 'email')
      const name = parseOption(
        z.string().trim().min(1).max(100),
        values.name ?? 'Administrator',
        'name',
      )
      const password = parseOption(Password, values.password ?? (await readStdin()), 'password')
      if (values['dry-run']) {
        if (await withDatabase((sql) => findCredentialsByEmail(sql, email))) {
          throw new UsageError(`an account with the email ${email} already exists`)
        }
        console.log(`would create admin ${email} (${name})`)
        console.log(DRY_RUN_DONE)
        return
      }
      const passwordHash = await hashPassword(password)
      const user = await withDatabase((sql) =>
        insertUser(sql, { email, name, passwordHash, role: 'admin' }),
      )
      if (!user) throw new UsageError(`an account with the email ${email} already exists`)
      console.log(`created admin ${user.email} (${user.id})`)
    },
  },
  'keys:generate': {
    summary: 'print a new ES256 signing key and its JWKS, as AUTH_SIGNING_KEY and AUTH_JWKS',
    usage: 'keys:generate',
    options: {},
    async run() {
      const { signingKey, jwks } = await newIssuerKeys()
      console.log(`AUTH_SIGNING_KEY='${JSON.stringify(signingKey.privateJwk)}'`)
      console.log(`AUTH_JWKS='${JSON.stringify(jwks)}'`)
    },
  },
  'outbox:status': {
    summary: 'how many events wait in each domain outbox, and since when',
    usage: 'outbox:status',
    options: {},
    async run() {
      await withDatabase(async (sql) => {
        for (const domain of await outboxDomains(sql)) {
          const [row] = await sql<{ pending: number; sent: number; oldest: Date | null }[]>`
            select count(*) filter (where sent_at is null)::int as pending,
                   count(*) filter (where sent_at is not null)::int as sent,
                   min(created_at) filter (where sent_at is null) as oldest
            from ${sql(domain)}.outbox`
          const oldest = row?.oldest ? `, oldest waiting since ${row.oldest.toISOString()}` : ''
          console.log(
            `${domain}: ${row?.pending ?? 0} pending, ${row?.sent ?? 0} sent and kept${oldest}`,
          )
        }
      })
    },
  },
  'dlq:list': {
    summary: 'list the dead letters of a topic (KAFKA_BROKERS: its .dlq topic; else the table)',
    usage: 'dlq:list --topic TOPIC',
    options: { topic: { type: 'string' } },
    async run(values) {
      const topic = parseOption(Topic, values.topic, 'topic')
      const letters = await readDeadLetters(topic)
      if (letters.length === 0) console.log(`no dead letters for ${topic}`)
      const parking = await withDatabase((sql) => parkingOf(sql, letters))
      for (const letter of letters) {
        const replayed = letter.replayed ? ' (replayed)' : ''
        const parked = parking.get(letter.eventId)
        const waiting =
          parked?.waiting === undefined
            ? ''
            : `\n  parked: its key waits behind it, ${parked.waiting} event(s) held${parked.release ? ` (${parked.release} asked)` : ''}`
        console.log(
          `${letter.eventId} ${letter.type} key=${letter.key} consumer=${letter.consumer} attempts=${letter.attempts} at=${letter.position}${replayed}\n  reason: ${letter.reason}${waiting}`,
        )
      }
    },
  },
  'dlq:replay': {
    summary: 'send the dead letters of a topic (or just one, --id EVENT_ID) through again',
    usage: 'dlq:replay --topic TOPIC [--id EVENT_ID] [--dry-run]',
    options: { topic: { type: 'string' }, id: { type: 'string' }, ...DRY_RUN },
    async run(values) {
      const topic = parseOption(Topic, values.topic, 'topic')
      const id = values.id === undefined ? undefined : parseOption(z.uuid(), values.id, 'id')
      const letters = (await readDeadLetters(topic)).filter(
        (letter) => !letter.replayed && (id === undefined || letter.eventId === id),
      )
      if (id !== undefined && letters.length === 0) {
        throw new UsageError(`no dead letter ${id} waits on ${topic}`)
      }
      // A .dlq topic keeps every dead letter, also those replayed or dropped long ago: without
      // --id, only those whose key still waits behind them go through again.
      const republish = id !== undefined || kafkaFromEnvironment() === undefined
      if (values['dry-run']) {
        const parking = await withDatabase((sql) => parkingOf(sql, letters))
        const going = letters.filter(
          (letter) => republish || parking.get(letter.eventId)?.waiting !== undefined,
        )
        console.log(`would replay ${going.length} event(s) of ${topic}:`)
        for (const letter of going) {
          const waiting = parking.get(letter.eventId)?.waiting
          const then = waiting === undefined ? '' : `, then the ${waiting} parked behind it`
          console.log(`  ${letter.eventId} ${letter.type} key=${letter.key}${then}`)
        }
        console.log(DRY_RUN_DONE)
        return
      }
      const replayed = await withDatabase(async (sql) => {
        const bar = progressBar('dead letters', letters.length)
        const count = await replayDeadLetters(sql, letters, {
          republish,
          onEach: () => bar.increment(),
        })
        bar.stop()
        return count
      })
      console.log(`replaying ${replayed} event(s) of ${topic}`)
    },
  },
  'dlq:drop': {
    summary: 'discard one dead letter; the events parked behind it go on, in order',
    usage: 'dlq:drop --topic TOPIC --id EVENT_ID [--dry-run]',
    options: { topic: { type: 'string' }, id: { type: 'string' }, ...DRY_RUN },
    async run(values) {
      const topic = parseOption(Topic, values.topic, 'topic')
      const id = parseOption(z.uuid(), values.id ?? '', 'id')
      const letter = (await readDeadLetters(topic)).find((candidate) => candidate.eventId === id)
      if (!letter) throw new UsageError(`no dead letter ${id} waits on ${topic}`)
      const nothingParked = `dead letter ${id} has no key parked behind it: nothing to drop`
      if (values['dry-run']) {
        const waiting = (await withDatabase((sql) => parkingOf(sql, [letter]))).get(id)?.waiting
        if (waiting === undefined) throw new UsageError(nothingParked)
        console.log(`would drop ${id}; the ${waiting} event(s) parked behind it would go on`)
        console.log(DRY_RUN_DONE)
        return
      }
      if (!(await withDatabase((sql) => dropDeadLetter(sql, letter)))) {
        throw new UsageError(nothingParked)
      }
      console.log(`dropping ${id}; the events parked behind it go on`)
    },
  },
  'kafka:topics': {
    summary: 'create every event topic and its .dlq topic on KAFKA_BROKERS (existing ones stay)',
    usage: 'kafka:topics [--dry-run]',
    options: DRY_RUN,
    async run(values) {
      const kafka = kafkaFromEnvironment()
      if (!kafka) throw new UsageError('KAFKA_BROKERS is not set')
      if (values['dry-run']) {
        const admin = kafka.admin()
        await admin.connect()
        const existing = new Set(await admin.listTopics().finally(() => admin.disconnect()))
        for (const topic of ALL_TOPICS.flatMap((topic) => [topic, deadLetterTopic(topic)])) {
          console.log(`  ${topic}: ${existing.has(topic) ? 'exists' : 'would be created'}`)
        }
        console.log(DRY_RUN_DONE)
        return
      }
      await ensureTopics(kafka, ALL_TOPICS, { retentionMs: config().KAFKA_TOPIC_RETENTION_MS })
      console.log('topics ready')
    },
  },
  'events:rewind': {
    summary: "move an event function's consumer group back (Kafka only), e.g. for a new read model",
    usage: 'events:rewind --function NAME --to earliest|ISO_TIME [--dry-run]',
    options: { function: { type: 'string' }, to: { type: 'string' }, ...DRY_RUN },
    async run(values) {
      const name = parseOption(z.string().min(1, 'is required'), values.function ?? '', 'function')
      const to = parseOption(RewindTo, values.to, 'to')
      const kafka = kafkaFromEnvironment()
      if (!kafka) {
        throw new UsageError(
          'KAFKA_BROKERS is not set: consumer groups exist only with Kafka (embedded mode has none)',
        )
      }
      const fn = (await loadEventFunctions()).find((loaded) => loaded.name === name)?.fn
      if (!fn) throw new UsageError(`--function: ${name} is not an event function`)
      const groupId = consumerGroupOf(name, config().KAFKA_GROUP_PREFIX)
      const plan = await planRewind(kafka, { groupId, topic: fn.manifest.topic, to })
      const target = to === 'earliest' ? 'the earliest record kept' : to.toISOString()
      console.log(`${groupId} on ${plan.topic}, to ${target}:`)
      for (const { partition, committed, target } of plan.partitions) {
        console.log(`  partition ${partition}: ${committed ?? 'none committed'} -> ${target}`)
      }
      const members = `${plan.members.length} member(s) (${plan.members.join(', ')})`
      if (values['dry-run']) {
        if (plan.members.length > 0) console.log(`${groupId} has ${members}: stop them first`)
        console.log(DRY_RUN_DONE)
        return
      }
      if (plan.members.length > 0) {
        throw new UsageError(
          `${groupId} has ${members}: stop ${name} (every replica) before rewinding its group`,
        )
      }
      await applyRewind(kafka, plan)
      console.log(`rewound ${groupId}: ${name} handles from there when it starts again`)
    },
  },
  seed: {
    summary: 'add a demo catalog with stock through the domains’ own code (again: adds nothing)',
    usage: 'seed --products N [--categories M] [--dry-run]',
    options: { products: { type: 'string' }, categories: { type: 'string' }, ...DRY_RUN },
    async run(values) {
      const count = parseOption(
        z.coerce.number().int().min(1).max(100_000),
        values.products,
        'products',
      )
      const categoryCount = parseOption(
        z.coerce.number().int().min(1).max(MAX_SEED_CATEGORIES).default(MAX_SEED_CATEGORIES),
        values.categories,
        'categories',
      )
      const plan = seedPlan(count, categoryCount)
      if (values['dry-run']) {
        console.log(`would add ${plan.categories.length} categories (those not there yet):`)
        for (const category of plan.categories) {
          console.log(`  ${category.parentSlug ? `${category.parentSlug}/` : ''}${category.slug}`)
        }
        console.log(`would add ${plan.products.length} products (those not there yet), e.g.:`)
        for (const product of plan.products.slice(0, 5)) {
          const price = (product.amount / 100).toFixed(2)
          console.log(`  ${product.sku} ${product.name}, PKR ${price}, ${product.onHand} on hand`)
        }
        console.log(DRY_RUN_DONE)
        return
      }
      const { newCategories, newProducts } = await withDatabase(async (sql) => {
        const bar = progressBar('products', plan.products.length)
        const seeded = await seedCatalog(sql, plan, () => bar.increment())
        bar.stop()
        return seeded
      })
      console.log(
        `seeded ${newCategories} new of ${plan.categories.length} categories, ` +
          `${newProducts} new of ${plan.products.length} products`,
      )
    },
  },
  'kong:config': {
    summary: "write kong/kong.yml with the issuer's public keys (AUTH_JWKS) as jwt credentials",
    usage: 'kong:config --out FILE [--dry-run]',
    options: { out: { type: 'string' }, ...DRY_RUN },
    async run(values) {
      const out = parseOption(z.string().min(1, 'is required'), values.out ?? '', 'out')
      const { AUTH_JWKS } = config()
      if (AUTH_JWKS === undefined) throw new UsageError('AUTH_JWKS is not set')
      const jwks = parsePublicJwks(AUTH_JWKS)
      if (values['dry-run']) {
        console.log(`would write ${out} with ${jwks.keys.length} issuer key(s)`)
        console.log(DRY_RUN_DONE)
        return
      }
      const committed = parse(await readFile(`${repoRoot}kong/kong.yml`, 'utf8')) as KongConfig
      await writeFile(out, stringify(withIssuerKeys(committed, jwks), { lineWidth: 0 }))
      console.log(`wrote ${out} with ${jwks.keys.length} issuer key(s)`)
    },
  },
}
