import { verifyAgainstDecoy, verifyPassword } from '#shared/auth'
import { defineHttpFunction, jsonBody, jsonContent, Problem, problemContent, z } from '#shared/http'
import { Email, TokenPair } from '../lib/schemas.ts'
import { startSession, TOKEN_ANSWER_HEADERS } from '../lib/sessions.ts'
import { findCredentialsByEmail } from '../lib/users.ts'

const LoginBody = z.strictObject({ email: Email, password: z.string().min(1).max(128) })

export default defineHttpFunction({
  name: 'users-login',
  auth: 'public',
  rateLimit: { perMinute: 10 },
  signsTokens: true,
  route: {
    method: 'post',
    path: '/auth/login',
    summary: 'Log in with email and password',
    tags: ['auth'],
    request: { body: jsonBody(LoginBody) },
    responses: {
      200: jsonContent(TokenPair, 'An access token and a refresh token.'),
      401: problemContent('Wrong email or password (one answer for both).'),
    },
  },
  handler: async (c) => {
    const { email, password } = c.req.valid('json')
    const { sql, auth } = c.get('runtime')
    const credentials = await findCredentialsByEmail(sql, email)
    const valid = credentials
      ? await verifyPassword(password, credentials.passwordHash)
      : await verifyAgainstDecoy(password)
    if (!credentials || !valid) {
      throw new Problem(401, 'invalid-credentials', 'wrong email or password')
    }
    const pair = await startSession(sql, auth, { userId: credentials.id, role: credentials.role })
    return c.json(pair, 200, TOKEN_ANSWER_HEADERS)
  },
})
