import { UserPasswordChanged } from '#proto'
import { hashPassword, verifyPassword } from '#shared/auth'
import { eventOrigin, recordEvent } from '#shared/events'
import { defineHttpFunction, jsonBody, Problem, problemContent, z } from '#shared/http'
import { Password } from '../lib/schemas.ts'
import { endAllSessions } from '../lib/sessions.ts'
import { findCredentialsById, setPasswordHash } from '../lib/users.ts'

const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: Password,
})

export default defineHttpFunction({
  name: 'users-change-password',
  auth: 'customer',
  rateLimit: { perMinute: 10 },
  route: {
    method: 'post',
    path: '/users/me/password',
    summary: 'Change the caller’s password',
    description: 'Every session of the user ends: all refresh tokens are revoked.',
    tags: ['users'],
    request: { body: jsonBody(ChangePasswordBody) },
    responses: {
      204: { description: 'The password is changed.' },
      403: problemContent('The current password is wrong.'),
    },
  },
  handler: async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json')
    const { sql } = c.get('runtime')
    const { userId } = c.get('principal')
    const credentials = await findCredentialsById(sql, userId)
    if (!credentials) throw new Problem(404, 'user-not-found', 'this account no longer exists')
    if (!(await verifyPassword(currentPassword, credentials.passwordHash))) {
      throw new Problem(403, 'wrong-password', 'the current password is wrong')
    }
    const passwordHash = await hashPassword(newPassword)
    await sql.begin(async (tx) => {
      await setPasswordHash(tx, userId, passwordHash)
      await endAllSessions(tx, userId)
      await recordEvent(tx, UserPasswordChanged, {
        key: userId,
        payload: { userId },
        origin: eventOrigin(c),
      })
    })
    return c.body(null, 204)
  },
})
