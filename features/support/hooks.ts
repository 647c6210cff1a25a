/**
 * One PostgreSQL server and one migrated template database per run; per scenario a fresh
 * database copied from the template and a fresh mart on its own port, so no scenario sees
 * another's accounts or rate-limit counters.
 */
import { After, AfterAll, Before, BeforeAll, Status, setDefaultTimeout } from '@cucumber/cucumber'
import { functionsDir, repoRoot } from '#shared/platform'
import {
  createTemplateDatabase,
  type DatabaseServer,
  resolveDatabaseServer,
} from '#shared/platform/testing'
import { createTestDatabase, type TestDatabase } from '#shared/testing'
import { type RunningMart, startMart } from './mart.ts'
import type { MartWorld } from './world.ts'

// Passwords are hashed with argon2id on purpose, and a scenario may log in a dozen times.
setDefaultTimeout(30_000)

let server: DatabaseServer | undefined
let template: { name: string; drop(): Promise<void> } | undefined

BeforeAll({ timeout: 120_000 }, async () => {
  server = await resolveDatabaseServer(repoRoot)
  template = await createTemplateDatabase(server.url, functionsDir)
})

AfterAll({ timeout: 60_000 }, async () => {
  await template?.drop()
  await server?.stop()
})

const running = new WeakMap<MartWorld, { database: TestDatabase; mart: RunningMart }>()

Before<MartWorld>(async function () {
  if (!server || !template) throw new Error('the database server did not start')
  const database = await createTestDatabase(server.url, template.name)
  const mart = await startMart(database.sql, () => Date.now() + this.clockOffsetMs)
  running.set(this, { database, mart })
  this.baseUrl = mart.url
  this.databaseUrl = database.url
})

After<MartWorld>(async function ({ result }) {
  const scenario = running.get(this)
  if (!scenario) return
  if (result?.status === Status.FAILED && scenario.mart.logs.raw.length > 0) {
    this.attach(scenario.mart.logs.raw.join('\n'), 'text/plain')
  }
  await scenario.mart.close()
  await scenario.database.drop()
})
