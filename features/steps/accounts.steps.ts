/** Registering, logging in, and the session's refresh tokens. */
import assert from 'node:assert/strict'
import { type DataTable, Given, Then, When } from '@cucumber/cucumber'
import {
  Account,
  bodyOf,
  expectStatus,
  PROBLEM_TYPE_PREFIX,
  problemOf,
  Tokens,
} from '../support/expectations.ts'
import type { Actor, Answer, MartWorld } from '../support/world.ts'

async function register(world: MartWorld, name: string, email: string, password: string) {
  const answer = await world.send(
    world.visitor.POST('/auth/register', { body: { email, password, name } }),
  )
  expectStatus(answer, 201)
  world.actors.set(name, { name, email, password, refreshTokens: [] })
}

/** Keeps the tokens of a successful login or refresh, as a client would. */
function keepTokens(actor: Actor, answer: Answer) {
  if (answer.status !== 200) return
  const tokens = bodyOf(answer, Tokens)
  actor.accessToken = tokens.accessToken
  actor.refreshTokens.push(tokens.refreshToken)
}

function currentRefreshToken(actor: Actor): string {
  const token = actor.refreshTokens.at(-1)
  if (!token) throw new Error(`${actor.name} has no refresh token: log in first`)
  return token
}

Given<MartWorld>(
  '{actor} has registered with email {string} and password {string}',
  async function (name: string, email: string, password: string) {
    await register(this, name, email, password)
  },
)

Given<MartWorld>('these customers have registered:', async function (table: DataTable) {
  for (const { name, email, password } of table.hashes()) {
    assert.ok(name && email && password, 'each customer needs a name, an email and a password')
    await register(this, name, email, password)
  }
})

When<MartWorld>(
  'a visitor registers as {string} with email {string} and password {string}',
  async function (name: string, email: string, password: string) {
    await this.send(this.visitor.POST('/auth/register', { body: { email, password, name } }))
  },
)

When<MartWorld>('a visitor registers with:', async function (table: DataTable) {
  const { email, password, name } = table.rowsHash()
  assert.ok(
    email !== undefined && password !== undefined && name !== undefined,
    'an email, a password and a name row',
  )
  await this.send(this.visitor.POST('/auth/register', { body: { email, password, name } }))
})

When<MartWorld>('a visitor sends this registration:', async function (body: string) {
  // Raw: the body has fields a registration does not, which the client's types refuse.
  await this.sendRaw('POST', '/auth/register', body)
})

When<MartWorld>(
  'a visitor sends a registration whose name is {int} characters long',
  async function (length: number) {
    const body = { email: 'big@example.com', password: 'correct horse battery' }
    const name = 'a'.repeat(length)
    await this.send(this.visitor.POST('/auth/register', { body: { ...body, name } }))
  },
)

Then<MartWorld>(
  'the answer is the new account: a customer named {string} with email {string}',
  function (name: string, email: string) {
    const account = bodyOf(this.answer, Account)
    assert.deepEqual(
      { email: account.email, name: account.name, role: account.role },
      { email, name, role: 'customer' },
    )
    const age = Date.now() - Date.parse(account.createdAt)
    assert.ok(age >= -5_000 && age < 60_000, `created at ${account.createdAt}, not just now`)
  },
)

Given<MartWorld>('{actor} has logged in', async function (name: string) {
  const actor = this.actor(name)
  const answer = await this.send(
    this.visitor.POST('/auth/login', { body: { email: actor.email, password: actor.password } }),
  )
  expectStatus(answer, 200)
  keepTokens(actor, answer)
})

When<MartWorld>(
  '{actor} logs in with password {string}',
  async function (name: string, password: string) {
    const actor = this.actor(name)
    const answer = await this.send(
      this.visitor.POST('/auth/login', { body: { email: actor.email, password } }),
    )
    keepTokens(actor, answer)
  },
)

When<MartWorld>(
  'someone logs in as {string} with password {string}',
  async function (email: string, password: string) {
    await this.send(this.visitor.POST('/auth/login', { body: { email, password } }))
  },
)

Then<MartWorld>(
  '{string} can log in with password {string}',
  async function (email: string, password: string) {
    const answer = await this.check(this.visitor.POST('/auth/login', { body: { email, password } }))
    expectStatus(answer, 200)
    bodyOf(answer, Tokens)
  },
)

Then<MartWorld>(
  '{string} cannot log in with password {string}',
  async function (email: string, password: string) {
    const answer = await this.check(this.visitor.POST('/auth/login', { body: { email, password } }))
    expectStatus(answer, 401)
    assert.equal(problemOf(answer).type, `${PROBLEM_TYPE_PREFIX}invalid-credentials`)
  },
)

Then<MartWorld>('the answer holds a Bearer access token and a refresh token', function () {
  bodyOf(this.answer, Tokens)
})

// Enough for two rate-limit windows, should a minute turn over while trying.
const MAX_ATTEMPTS = 25

When<MartWorld>(
  'someone tries wrong passwords for {string} until the mart stops them',
  async function (email: string) {
    this.series = []
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const password = `wrong guess ${attempt}`
      const answer = await this.send(
        this.visitor.POST('/auth/login', { body: { email, password } }),
      )
      this.series.push(answer)
      if (answer.status === 429) return
    }
    assert.fail(`${MAX_ATTEMPTS} attempts and the mart never said 429`)
  },
)

Then<MartWorld>(
  'the mart let {int} attempts through in that minute, each answered {int}',
  function (allowed: number, status: number) {
    // The window is fixed to the clock: if a minute turned over while trying, the counter
    // started again, and what counts is the run of attempts right before the refusal.
    const letThrough = this.series.slice(0, -1).slice(-allowed)
    assert.equal(letThrough.length, allowed, `only ${letThrough.length} attempts got through`)
    letThrough.forEach((answer, index) => {
      expectStatus(answer, status)
      assert.equal(answer.headers.get('ratelimit-limit'), String(allowed))
      assert.equal(answer.headers.get('ratelimit-remaining'), String(allowed - index - 1))
    })
  },
)

Then<MartWorld>(
  'the answer says to retry after at most {int} seconds',
  function (maxSeconds: number) {
    const retryAfter = this.answer.headers.get('retry-after')
    assert.match(retryAfter ?? '', /^\d+$/, `Retry-After is '${retryAfter}'`)
    const seconds = Number(retryAfter)
    assert.ok(seconds >= 1 && seconds <= maxSeconds, `Retry-After is ${seconds}`)
  },
)

async function refresh(world: MartWorld, name: string) {
  const actor = world.actor(name)
  const answer = await world.send(
    world.visitor.POST('/auth/refresh', { body: { refreshToken: currentRefreshToken(actor) } }),
  )
  keepTokens(actor, answer)
  return answer
}

When<MartWorld>('{actor} refreshes her/his/their session', async function (name: string) {
  await refresh(this, name)
})

Given<MartWorld>('{actor} has refreshed her/his/their session', async function (name: string) {
  expectStatus(await refresh(this, name), 200)
})

When<MartWorld>(
  '{actor} refreshes her/his/their session from {int} tabs at once',
  async function (name: string, tabs: number) {
    const refreshToken = currentRefreshToken(this.actor(name))
    this.series = await Promise.all(
      Array.from({ length: tabs }, () =>
        this.send(this.visitor.POST('/auth/refresh', { body: { refreshToken } })),
      ),
    )
    const [first] = this.series
    assert.ok(first, 'no tab refreshed')
    keepTokens(this.actor(name), first)
  },
)

Then<MartWorld>('every tab got the same new pair', function () {
  const pairs = this.series.map((answer) => {
    expectStatus(answer, 200)
    return bodyOf(answer, Tokens)
  })
  for (const pair of pairs) assert.deepEqual(pair, pairs[0])
})

Given<MartWorld>('{int} seconds have passed', function (seconds: number) {
  this.clockOffsetMs += seconds * 1000
})

Then<MartWorld>('no cache may keep the answer', function () {
  assert.equal(this.answer.headers.get('cache-control'), 'no-store')
  assert.equal(this.answer.headers.get('pragma'), 'no-cache')
})

Then<MartWorld>(
  "{actor}'s new refresh token differs from the one she/he/they traded",
  function (name: string) {
    const [traded, current] = this.actor(name).refreshTokens.slice(-2)
    assert.ok(traded && current, `${name} has not traded a refresh token`)
    assert.notEqual(current, traded)
  },
)

When<MartWorld>(
  "someone presents {actor}'s first refresh token again",
  async function (name: string) {
    const [first] = this.actor(name).refreshTokens
    assert.ok(first, `${name} was never given a refresh token`)
    await this.send(this.visitor.POST('/auth/refresh', { body: { refreshToken: first } }))
  },
)

Then<MartWorld>("{actor}'s refresh token no longer works", async function (name: string) {
  const refreshToken = currentRefreshToken(this.actor(name))
  const answer = await this.check(this.visitor.POST('/auth/refresh', { body: { refreshToken } }))
  expectStatus(answer, 401)
  assert.equal(problemOf(answer).type, `${PROBLEM_TYPE_PREFIX}invalid-refresh-token`)
})

When<MartWorld>('{actor} logs out', async function (name: string) {
  const refreshToken = currentRefreshToken(this.actor(name))
  await this.send(this.visitor.POST('/auth/logout', { body: { refreshToken } }))
})
