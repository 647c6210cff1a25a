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
  await this.send(this.as(name).GET('/users/me'))
})

Then<MartWorld>('{actor} can read her/his/their profile', async function (name: string) {
  const actor = this.actor(name)
  const answer = await this.check(this.as(name).GET('/users/me'))
  expectStatus(answer, 200)
  assert.equal(bodyOf(answer, Account).email, actor.email)
})

When<MartWorld>('a visitor asks for the profile without a token', async function () {
  await this.send(this.visitor.GET('/users/me'))
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
    expectProfile(await this.check(this.as(actor).GET('/users/me')), email, name, role)
  },
)

When<MartWorld>(
  '{actor} changes her/his/their name to {string}',
  async function (actor: string, name: string) {
    await this.send(this.as(actor).PATCH('/users/me', { body: { name } }))
  },
)

When<MartWorld>(
  '{actor} asks to change her/his/their profile with {}',
  async function (actor: string, change: string) {
    // Raw: the change names fields a profile change does not have, which the client's types refuse.
    await this.sendRaw('PATCH', '/users/me', change, actor)
  },
)

When<MartWorld>(
  '{actor} changes her/his/their password from {string} to {string}',
  async function (name: string, currentPassword: string, newPassword: string) {
    await this.send(
      this.as(name).POST('/users/me/password', { body: { currentPassword, newPassword } }),
    )
  },
)
