/** A customer's notifications, which event functions make after the fact. */
import assert from 'node:assert/strict'
import { Then, When } from '@cucumber/cucumber'
import { eventually } from '#shared/testing'
import { bodyOf, expectStatus, NotificationPage } from '../support/expectations.ts'
import type { MartWorld } from '../support/world.ts'

When<MartWorld>(
  '{actor} checks her/his/their notifications until something arrives',
  async function (name: string) {
    // A notification follows its event through the outbox relay, so a client asks again until
    // one is there. Each ask counts against the route's rate limit: a few a second, not more.
    await eventually(
      async () => {
        const answer = await this.send(this.as(name).GET('/notifications'))
        expectStatus(answer, 200)
        return bodyOf(answer, NotificationPage).items.length > 0 ? answer : undefined
      },
      { timeoutMs: 10_000, everyMs: 200, what: `a notification for ${name}` },
    )
  },
)

Then<MartWorld>(
  '{actor} has one notification: a welcome titled {string} that greets her/him/them as {string}',
  async function (name: string, title: string, greeted: string) {
    const answer = await this.check(this.as(name).GET('/notifications'))
    expectStatus(answer, 200)
    const page = bodyOf(answer, NotificationPage)
    assert.equal(page.items.length, 1, answer.text)
    assert.equal(page.nextCursor, null)
    const [welcome] = page.items
    assert.ok(welcome)
    assert.deepEqual({ kind: welcome.kind, title: welcome.title }, { kind: 'welcome', title })
    assert.ok(welcome.body.includes(greeted), `'${welcome.body}' does not greet ${greeted}`)
  },
)
