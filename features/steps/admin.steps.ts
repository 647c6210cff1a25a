/** The admin runner, and what an admin may see that customers may not. */
import assert from 'node:assert/strict'
import { type DataTable, Given, Then, When } from '@cucumber/cucumber'
import { type AdminRun, runAdmin } from '#shared/platform/testing'
import { AccountPage, bodyOf, expectStatus } from '../support/expectations.ts'
import type { MartWorld } from '../support/world.ts'

/** The admin runner's last run, per scenario. */
const adminRuns = new WeakMap<MartWorld, AdminRun>()

function createAdmin(world: MartWorld, email: string, password: string, name: string) {
  // The password goes in on stdin, as an operator would type it, not onto the command line.
  return runAdmin(
    ['create-admin', '--email', email, '--name', name],
    { DATABASE_URL: world.databaseUrl },
    `${password}\n`,
  )
}

Given<MartWorld>(
  'an operator has made {actor} an admin with the admin runner, email {string} and password {string}',
  async function (name: string, email: string, password: string) {
    const run = await createAdmin(this, email, password, name)
    assert.equal(run.exitCode, 0, run.stderr)
    assert.match(run.stdout, new RegExp(`created admin ${email}`))
    this.actors.set(name, { name, email, password, refreshTokens: [] })
  },
)

When<MartWorld>(
  'an operator runs the admin runner to make an admin with email {string} and password {string}',
  async function (email: string, password: string) {
    adminRuns.set(this, await createAdmin(this, email, password, 'Administrator'))
  },
)

Then<MartWorld>('the admin runner fails, saying {string}', function (message: string) {
  const run = adminRuns.get(this)
  assert.ok(run, 'the admin runner has not run')
  assert.notEqual(run.exitCode, 0, run.stdout)
  assert.ok(run.stderr.includes(message), run.stderr)
})

When<MartWorld>(
  '{actor} lists the users {int} at a time',
  async function (name: string, limit: number) {
    this.series = []
    let cursor: string | null = null
    do {
      const query = { limit, ...(cursor === null ? {} : { cursor }) }
      const answer = await this.send(this.as(name).GET('/users', { params: { query } }))
      expectStatus(answer, 200)
      this.series.push(answer)
      cursor = bodyOf(answer, AccountPage).nextCursor
      assert.ok(this.series.length <= 50, 'the pages never end')
    } while (cursor !== null)
  },
)

function pages(world: MartWorld) {
  return world.series.map((answer) => bodyOf(answer, AccountPage))
}

Then<MartWorld>(
  '{actor} sees {int} pages, the last one without a next cursor',
  function (_name: string, count: number) {
    const seen = pages(this)
    assert.equal(seen.length, count)
    assert.equal(seen.at(-1)?.nextCursor, null)
  },
)

Then<MartWorld>(
  'the pages hold {int}, {int} and {int} users',
  function (first: number, second: number, third: number) {
    assert.deepEqual(
      pages(this).map((page) => page.items.length),
      [first, second, third],
    )
  },
)

Then<MartWorld>('the users appear once each, oldest first:', function (table: DataTable) {
  const users = pages(this).flatMap((page) => page.items)
  assert.deepEqual(
    users.map(({ email, role }) => ({ email, role })),
    table.hashes(),
  )
  assert.equal(new Set(users.map((user) => user.id)).size, users.length, 'a user came twice')
  const created = users.map((user) => Date.parse(user.createdAt))
  assert.deepEqual(
    created,
    [...created].sort((a, b) => a - b),
  )
})

When<MartWorld>('{actor} asks for the list of users', async function (name: string) {
  await this.send(this.as(name).GET('/users'))
})

When<MartWorld>('a visitor asks for the list of users without a token', async function () {
  await this.send(this.visitor.GET('/users'))
})

When<MartWorld>(
  '{actor} asks for the users with limit {string} and cursor {string}',
  async function (name: string, limit: string, cursor: string) {
    const query = { limit: Number(limit), cursor }
    await this.send(this.as(name).GET('/users', { params: { query } }))
  },
)

Given<MartWorld>(
  '{actor} has rewritten the role in her/his/their access token to {string}',
  function (name: string, role: string) {
    const actor = this.actor(name)
    const [header, payload, signature] = (actor.accessToken ?? '').split('.')
    assert.ok(header && payload && signature, `${name} has no access token`)
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object
    const forged = Buffer.from(JSON.stringify({ ...claims, role })).toString('base64url')
    actor.accessToken = `${header}.${forged}.${signature}`
  },
)
