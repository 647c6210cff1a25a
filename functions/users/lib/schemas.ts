import { z } from '#shared/http'

export const Email = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase())
  .openapi({ example: 'amna@example.com' })

/** OWASP: at least 8 characters, long passphrases allowed, nothing else imposed. */
export const Password = z.string().min(8).max(128).openapi({ example: 'correct horse battery' })

export const DisplayName = z.string().trim().min(1).max(100).openapi({ example: 'Amna Imtiaz' })

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['customer', 'admin']),
    createdAt: z.iso.datetime(),
  })
  .openapi('User')
export type User = z.infer<typeof User>

export const TokenPair = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int().openapi({ description: 'Seconds until the access token expires.' }),
  })
  .openapi('TokenPair')
export type TokenPair = z.infer<typeof TokenPair>

export const RefreshTokenBody = z.strictObject({ refreshToken: z.string().min(1).max(200) })
