import { UserProfileUpdated } from '#proto'
import { eventOrigin, recordEvent } from '#shared/events'
import { defineHttpFunction, jsonBody, jsonContent, Problem, z } from '#shared/http'
import { DisplayName, User } from '../lib/schemas.ts'
import { updateUserName } from '../lib/users.ts'

/** Only the name is the caller's to change; any other field is refused, not ignored. */
const UpdateMeBody = z.strictObject({ name: DisplayName })

export default defineHttpFunction({
  name: 'users-update-me',
  auth: 'customer',
  rateLimit: { perMinute: 60 },
  route: {
    method: 'patch',
    path: '/users/me',
    summary: 'Change the caller’s own profile',
    tags: ['users'],
    request: { body: jsonBody(UpdateMeBody) },
    responses: { 200: jsonContent(User, 'The changed profile.') },
  },
  handler: async (c) => {
    const { name } = c.req.valid('json')
    const user = await c.get('runtime').sql.begin(async (tx) => {
      const updated = await updateUserName(tx, c.get('principal').userId, name)
      if (!updated) return undefined
      await recordEvent(tx, UserProfileUpdated, {
        key: updated.id,
        payload: { userId: updated.id, name: updated.name },
        origin: eventOrigin(c),
      })
      return updated
    })
    if (!user) throw new Problem(404, 'user-not-found', 'this account no longer exists')
    return c.json(user, 200)
  },
})
