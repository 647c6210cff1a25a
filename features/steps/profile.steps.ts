/** A customer's own profile: reading it, changing the name and the password. */
import assert from 'node:assert/strict'
import { Then, When } from '@cucumber/cucumber'
import { Account, bodyOf, expectStatus } from '../support/expectations.ts'
import type { Answer, MartWorld } from '../support/world.ts'

function expectProfile(answer: Answer, email: string, name: string, role: string) {
  expectStatus(answer, 200)
  const account = bodyOf(answer, Account)
  assert.deepEqual(
    { email: account.email, name: account.name, role: account.role },
    {
      email,
      name,
      role,
    },
  )
}

When<MartWorld>('{actor} reads her/his/their profile', async function (name: string) {
  await this.send('GET', '/users/me', { as: name })
})

Then<MartWorld>('{actor} can read her/his/their profile', async function (name: string) {
  const actor = this.actor(name)
  const answer = await this.check('GET', '/users/me', { as: name })
  expectStatus(answer, 200)
  assert.equal(bodyOf(answer, Account).email, actor.email)
})

When<MartWorld>('a visitor asks for the profile without a token', async function () {
  await this.send('GET', '/users/me')
})

Then<MartWorld>(
  'the profile shows the email {string}, the name {string} and the role {string}',
  function (email: string, name: string, role: string) {
    expectProfile(this.answer, email, name, role)
  },
)

Then<MartWorld>(
  "{actor}'s profile now shows the email {string}, the name {string} and the role {string}",
  async function (actor: string, email: string, name: string, role: string) {
    expectProfile(await this.check('GET', '/users/me', { as: actor }), email, name, role)
  },
)

When<MartWorld>(
  '{actor} changes her/his/their name to {string}',
  async function (actor: string, name: string) {
    await this.send('PATCH', '/users/me', { as: actor, body: { name } })
  },
)

When<MartWorld>(
  '{actor} asks to change her/his/their profile with {}',
  async function (actor: string, change: string) {
    await this.send('PATCH', '/users/me', { as: actor, rawBody: change })
  },
)

When<MartWorld>(
  '{actor} changes her/his/their password from {string} to {string}',
  async function (name: string, currentPassword: string, newPassword: string) {
    await this.send('POST', '/users/me/password', {
      as: name,
      body: { currentPassword, newPassword },
    })
  },
)
