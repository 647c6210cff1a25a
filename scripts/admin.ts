/**
 * The admin script runner: `npm run admin -- <command> [options]`. Each command checks its
 * arguments and exits non-zero with a clear message when they are wrong.
 */
import { randomUUID } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { parse, stringify } from 'yaml'
import { z } from 'zod'
import { ALL_TOPICS } from '#proto'
import { hashPassword, parsePublicJwks } from '#shared/auth'
import {
  BaseConfig,
  brokerList,
  ConfigError,
  jsonText,
  readConfig,
  topicRetentionMs,
} from '#shared/config'
import { createSql, type Sql } from '#shared/db'
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
  embeddedDatabaseUrlFile,
  ensureTopics,
  functionsDir,
  type KongConfig,
  loadEventFunctions,
  loadMigrations,
  newIssuerKeys,
  outboxDomains,
  parkingOf,
  planRewind,
  type RewindTarget,
  replayDeadLetters,
  repoRoot,
  withIssuerKeys,
} from '#shared/platform'
import { categoryIdBySlug, insertCategory } from '../functions/catalog/lib/categories.ts'
import { addProduct, productIdBySku } from '../functions/catalog/lib/products.ts'
import { changeStock, stockUntouched } from '../functions/inventory/lib/stock.ts'
import { insertUser } from '../functions/users/lib/users.ts'
import {
  MAX_SEED_CATEGORIES,
  type SeedCategory,
  type SeedProduct,
  seedCategories,
  seedProduct,
} from './seed-catalog.ts'

class UsageError extends Error {}

interface Command {
  summary: string
  usage: string
  options: Record<string, { type: 'string' | 'boolean' }>
  run(values: Record<string, string | boolean | undefined>): Promise<void>
}

const Topic = z.string().regex(/^mart\.[a-z]+\.v\d+$/, 'is not an event topic (mart.<domain>.v<N>)')

/** What the admin runner reads from the environment; each command says what it needs. */
const AdminConfig = z.object({
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
  const { DATABASE_URL } = config()
  if (DATABASE_URL) return DATABASE_URL
  const running = await readFile(embeddedDatabaseUrlFile, 'utf8').catch(() => undefined)
  if (running) return running
  throw new UsageError('DATABASE_URL is not set and no `npm start` mart is running')
}

async function withDatabase<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
  const url = await databaseUrl()
  const sql = createSql(url, { max: 1 })
  try {
    return await work(sql)
  } finally {
    await sql.end({ timeout: 5 })
  }
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

/** The events of a seed, as if an admin had made each change through the API. */
const seedOrigin = (domain: string, correlationId: string) => ({
  domain,
  source: 'admin-seed',
  correlationId,
})

/** A seed category's id: added now, or found by its slug from an earlier run. */
async function seedCategory(sql: Sql, category: SeedCategory, ids: Map<string, string>) {
  const parentId = category.parentSlug === null ? null : (ids.get(category.parentSlug) ?? null)
  const result = await sql.begin((tx) => insertCategory(tx, { ...category, parentId }))
  if ('inserted' in result) return { id: result.inserted.id, added: true }
  const id = await categoryIdBySlug(sql, category.slug)
  if (!id) throw new Error(`the category ${category.slug} was refused: ${result.refused}`)
  return { id, added: false }
}

/**
 * A seed product through the catalog's code (ProductCreated) and its stock through the
 * inventory's (StockLevelChanged), each domain in its own transaction. A product an earlier run
 * added is kept; its stock is set only if nobody has set it yet.
 */
async function seedOneProduct(sql: Sql, product: SeedProduct, categoryId: string, run: string) {
  const created = await sql.begin((tx) =>
    addProduct(
      tx,
      {
        sku: product.sku,
        name: product.name,
        description: product.description,
        price: { amount: product.amount, currency: 'PKR' },
        categoryId,
        images: [],
      },
      seedOrigin('catalog', run),
    ),
  )
  const productId = created?.id ?? (await productIdBySku(sql, product.sku))
  if (!productId) throw new Error(`the product ${product.sku} is neither new nor there`)
  if (await stockUntouched(sql, productId)) {
    const { onHand, lowStockThreshold } = product
    const stock = { kind: 'set', onHand, lowStockThreshold } as const
    await sql.begin((tx) => changeStock(tx, productId, stock, null, seedOrigin('inventory', run)))
  }
  return created !== undefined
}

export const commands: Record<string, Command> = {
  migrate: {
    summary: 'apply the SQL migrations not yet applied (DATABASE_URL)',
    usage: 'migrate',
    options: {},
    async run() {
      const applied = await withDatabase(async (sql) =>
        applyMigrations(sql, await loadMigrations(functionsDir)),
      )
      console.log(
        applied.length === 0
          ? 'nothing to apply'
          : applied.map((m) => `applied ${m.domain}/${m.version}`).join('\n'),
      )
    },
  },
  'create-admin': {
    summary: 'create an admin account (password from stdin when --password is left out)',
    usage: 'create-admin --email EMAIL [--password PASSWORD] [--name NAME]',
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
    async run(values) {
      const email = parseOption(Email, values.email, 'email')
      const name = parseOption(
        z.string().trim().min(1).max(100),
        values.name ?? 'Administrator',
        'name',
      )
      const password = parseOption(Password, values.password ?? (await readStdin()), 'password')
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
    usage: 'dlq:replay --topic TOPIC [--id EVENT_ID]',
    options: { topic: { type: 'string' }, id: { type: 'string' } },
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
      const replayed = await withDatabase((sql) => replayDeadLetters(sql, letters, { republish }))
      console.log(`replaying ${replayed} event(s) of ${topic}`)
    },
  },
  'dlq:drop': {
    summary: 'discard one dead letter; the events parked behind it go on, in order',
    usage: 'dlq:drop --topic TOPIC --id EVENT_ID',
    options: { topic: { type: 'string' }, id: { type: 'string' } },
    async run(values) {
      const topic = parseOption(Topic, values.topic, 'topic')
      const id = parseOption(z.uuid(), values.id ?? '', 'id')
      const letter = (await readDeadLetters(topic)).find((candidate) => candidate.eventId === id)
      if (!letter) throw new UsageError(`no dead letter ${id} waits on ${topic}`)
      if (!(await withDatabase((sql) => dropDeadLetter(sql, letter)))) {
        throw new UsageError(`dead letter ${id} has no key parked behind it: nothing to drop`)
      }
      console.log(`dropping ${id}; the events parked behind it go on`)
    },
  },
  'kafka:topics': {
    summary: 'create every event topic and its .dlq topic on KAFKA_BROKERS (existing ones stay)',
    usage: 'kafka:topics',
    options: {},
    async run() {
      const kafka = kafkaFromEnvironment()
      if (!kafka) throw new UsageError('KAFKA_BROKERS is not set')
      await ensureTopics(kafka, ALL_TOPICS, { retentionMs: config().KAFKA_TOPIC_RETENTION_MS })
      console.log('topics ready')
    },
  },
  'events:rewind': {
    summary: "move an event function's consumer group back (Kafka only), e.g. for a new read model",
    usage: 'events:rewind --function NAME --to earliest|ISO_TIME [--dry-run]',
    options: {
      function: { type: 'string' },
      to: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
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
        console.log('dry run: nothing changed')
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
    options: {
      products: { type: 'string' },
      categories: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
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
      const categories = seedCategories(categoryCount)
      const products = Array.from({ length: count }, (_, n) => seedProduct(n, categories))
      if (values['dry-run']) {
        console.log(`would add ${categories.length} categories (those not there yet):`)
        for (const category of categories) {
          console.log(`  ${category.parentSlug ? `${category.parentSlug}/` : ''}${category.slug}`)
        }
        console.log(`would add ${products.length} products (those not there yet), e.g.:`)
        for (const product of products.slice(0, 5)) {
          const price = (product.amount / 100).toFixed(2)
          console.log(`  ${product.sku} ${product.name}, PKR ${price}, ${product.onHand} on hand`)
        }
        console.log('dry run: nothing changed')
        return
      }
      const run = `seed-${randomUUID()}`
      await withDatabase(async (sql) => {
        const ids = new Map<string, string>()
        let newCategories = 0
        for (const category of categories) {
          const { id, added } = await seedCategory(sql, category, ids)
          ids.set(category.slug, id)
          if (added) newCategories += 1
        }
        const bar = new cliProgress.SingleBar(
          { format: 'products {bar} {value}/{total}', hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
        bar.start(products.length, 0)
        let newProducts = 0
        for (const product of products) {
          const categoryId = ids.get(product.categorySlug)
          if (!categoryId) throw new Error(`no category ${product.categorySlug} was seeded`)
          if (await seedOneProduct(sql, product, categoryId, run)) newProducts += 1
          bar.increment()
        }
        bar.stop()
        console.log(
          `seeded ${newCategories} new of ${categories.length} categories, ` +
            `${newProducts} new of ${products.length} products`,
        )
      })
    },
  },
  'kong:config': {
    summary: "write kong/kong.yml with the issuer's public keys (AUTH_JWKS) as jwt credentials",
    usage: 'kong:config --out FILE',
    options: { out: { type: 'string' } },
    async run(values) {
      const out = parseOption(z.string().min(1, 'is required'), values.out ?? '', 'out')
      const { AUTH_JWKS } = config()
      if (AUTH_JWKS === undefined) throw new UsageError('AUTH_JWKS is not set')
      const jwks = parsePublicJwks(AUTH_JWKS)
      const committed = parse(await readFile(`${repoRoot}kong/kong.yml`, 'utf8')) as KongConfig
      await writeFile(out, stringify(withIssuerKeys(committed, jwks), { lineWidth: 0 }))
      console.log(`wrote ${out} with ${jwks.keys.length} issuer key(s)`)
    },
  },
}

function help(): string {
  const lines = Object.entries(commands).map(
    ([name, command]) =>
      `  ${name.padEnd(14)} ${command.summary}\n  ${''.padEnd(14)} usage: ${command.usage}`,
  )
  return `usage: npm run admin -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`unknown command '${name}'\n\n${help()}`)
    return 2
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: false,
    })
    await command.run(values)
    return 0
  } catch (error) {
    const usage =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error instanceof TypeError && 'code' in error)
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`)
    if (usage) process.stderr.write(`usage: npm run admin -- ${command.usage}\n`)
    return usage ? 2 : 1
  }
}

process.exitCode = await main(process.argv.slice(2))
