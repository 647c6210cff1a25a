import { hashPassword } from '../../../shared/auth/index.ts'
import {
  defineHttpFunction,
  jsonBody,
  jsonContent,
  Problem,
  problemContent,
  z,
} from '../../../shared/http/index.ts'
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
    const { sql } = c.var.runtime
    const passwordHash = await hashPassword(password)
    const user = await insertUser(sql, { email, name, passwordHash, role: 'customer' })
    if (!user) throw new Problem(409, 'email-taken', 'an account with this email already exists')
    return c.json(user, 201)
  },
})
