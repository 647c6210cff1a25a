import { UserRegistered } from '#proto'
import { defineEventFunction } from '#shared/events'
import { Problem, z } from '#shared/http'
import { insertNotification } from '../lib/notifications.ts'

/** What a welcome needs from the event; anything less is poison, not worth retrying. */
const Welcome = z.object({ userId: z.uuid(), name: z.string().min(1) })

export default defineEventFunction({
  name: 'notifications-on-user-registered',
  events: [UserRegistered],
  async handle(event, { tx }) {
    const welcome = Welcome.safeParse(event.payload)
    if (!welcome.success) {
      throw new Problem(422, 'invalid-event', 'a UserRegistered needs a user id and a name')
    }
    const { userId, name } = welcome.data
    await insertNotification(tx, {
      userId,
      kind: 'welcome',
      title: 'Welcome to Imtiaz Mart',
      body: `Hello ${name}, your account is ready. Happy shopping!`,
      causedBy: event.id,
    })
  },
})
