import { UserRegistered } from '#proto'
import { hashPassword } from '#shared/auth'
import { eventOrigin, recordEvent } from '#shared/events'
import { defineHttpFunction, jsonBody, jsonContent, Problem, problemContent, z } from '#shared/http'
import { DisplayName, Email, Password, User } from '../lib/schemas.ts'
import { insertUser } from '../lib/users.ts'

const RegisterBody = z.strictObject({ email: Email, password: Password, name: DisplayName })

export default defineHttpFunction({
  name: 'users-register',
  auth: 'public',
  rateLimit: { perMinute: 30 },
  route: {
    method: 'post',
    path: '/auth/register',
    summary: 'Create a customer account',
    tags: ['auth'],
    request: { body: jsonBody(RegisterBody) },
    responses: {
      201: jsonContent(User, 'The new account.'),
      409: problemContent('The email is taken.'),
    },
  },
  handler: async (c) => {
    const { email, password, name } = c.req.valid('json')
    const { sql } = c.get('runtime')
    const passwordHash = await hashPassword(password)
    const user = await sql.begin(async (tx) => {
      const created = await insertUser(tx, { email, name, passwordHash, role: 'customer' })
      if (!created) return undefined
      await recordEvent(tx, UserRegistered, {
        key: created.id,
        payload: { userId: created.id, email: created.email, name: created.name },
        origin: eventOrigin(c),
      })
      return created
    })
    if (!user) throw new Problem(409, 'email-taken', 'an account with this email already exists')
    return c.json(user, 201)
  },
})
