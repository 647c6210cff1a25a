/**
 * Authentication: ES256 access tokens (sign, verify, keys as JWK/JWKS) and argon2id
 * password hashing. Everything a function needs to know who is calling.
 */
export { hashPassword, verifyAgainstDecoy, verifyPassword } from './passwords.ts'
export {
  ACCESS_TOKEN_ALGORITHM,
  createTokenSigner,
  createTokenVerifier,
  generateSigningKey,
  InvalidTokenError,
  type Principal,
  PublicJwk,
  PublicJwks,
  parsePublicJwks,
  parseSigningKey,
  publicJwkOf,
  Role,
  type SignAccessToken,
  type SigningKey,
  type TokenAudience,
  type VerifyAccessToken,
} from './tokens.ts'
