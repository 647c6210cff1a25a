/**
 * @imtiaz-mart/client: a typed client of the Imtiaz Mart API. Paths, parameters, bodies and
 * answers are typed by ./schema.ts, which `npm run generate` makes from docs/openapi.json;
 * openapi-fetch sends the requests.
 *
 *     const mart = createMartClient({ baseUrl: 'http://localhost:8000', accessToken: () => token })
 *     const { data, error } = await mart.GET('/products', { params: { query: { q: 'chai' } } })
 */
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch'
import type { components, operations, paths } from './schema.ts'

export type { components, operations, paths }

/** `GET`, `POST`, `PUT`, `PATCH`, `DELETE` of every path of the API, typed. */
export type MartClient = Client<paths>

/** Every named schema of the API: `Schemas['Product']`, `Schemas['Problem']`, … */
export type Schemas = components['schemas']

/** The RFC 9457 document of every error answer; branch on its `type`. */
export type Problem = Schemas['Problem']

/** The caller's current access token, asked before each request; none: no Authorization. */
export type AccessToken = () => string | undefined | Promise<string | undefined>

export interface MartClientOptions extends ClientOptions {
  /** Where the mart's gateway answers, e.g. `http://localhost:8000`. */
  baseUrl: string
  /** Sent as `Authorization: Bearer …` whenever it gives a token (see `bearerAuth`). */
  accessToken?: AccessToken
}

/** A client of the mart at `baseUrl`, sending the caller's access token when there is one. */
export function createMartClient({ accessToken, ...options }: MartClientOptions): MartClient {
  const client = createClient<paths>(options)
  if (accessToken) client.use(bearerAuth(accessToken))
  return client
}

/**
 * Middleware that sets `Authorization: Bearer <token>` on each request. The token is asked
 * for every time, so a refreshed one is used from the next request on.
 */
export function bearerAuth(accessToken: AccessToken): Middleware {
  return {
    async onRequest({ request }) {
      const token = await accessToken()
      if (token !== undefined) request.headers.set('authorization', `Bearer ${token}`)
      return request
    },
  }
}
