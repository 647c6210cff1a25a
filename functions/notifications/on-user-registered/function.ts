import { UserRegistered } from '../../../proto/index.ts'
import { defineEventFunction } from '../../../shared/events/index.ts'
import { insertNotification } from '../lib/notifications.ts'

export default defineEventFunction({
  name: 'notifications-on-user-registered',
  event: UserRegistered,
  async handle(event, { tx }) {
    const { userId, name } = event.payload
    await insertNotification(tx, {
      userId,
      kind: 'welcome',
      title: 'Welcome to Imtiaz Mart',
      body: `Hello ${name}, your account is ready. Happy shopping!`,
      causedBy: event.id,
    })
  },
})
