import { Registry } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { generateSigningKey, publicJwkOf } from '#shared/auth'
import { createGateway } from '../gateway/gateway.ts'
import { loadHttpFunctions } from '../registry.ts'
import { currentKongConfig, ISSUER_CONSUMER, kongConfig, kongPath, withIssuerKeys } from './kong.ts'

const functions = await loadHttpFunctions()
const config = kongConfig(functions.map(({ fn }) => fn.manifest))
const routePlugins = (service: string) =>
  config.services.find((s) => s.name === service)?.routes[0]?.plugins.map((p) => p.name) ?? []

describe('kong.yml from the manifests', () => {
  it('has one service and one route per HTTP function, to http://<name>:8080', () => {
    expect(config.services.map((s) => s.name)).toEqual(functions.map((f) => f.name))
    for (const service of config.services) {
      expect(service.url).toBe(`http://${service.name}:8080`)
      expect(service.routes).toHaveLength(1)
    }
  })

  it('puts jwt on customer and admin routes only', () => {
    for (const { name, fn } of functions) {
      expect(routePlugins(name).includes('jwt'), name).toBe(fn.manifest.auth !== 'public')
    }
  })

  it('limits every route’s rate and body size, 1 MB unless the route says otherwise', () => {
    for (const service of config.services) {
      const plugins = service.routes[0]?.plugins ?? []
      expect(plugins.map((p) => p.name)).toEqual(
        expect.arrayContaining(['rate-limiting', 'request-size-limiting']),
      )
      const size = plugins.find((p) => p.name === 'request-size-limiting')?.config
      expect(size).toMatchObject({ allowed_payload_size: 1024, size_unit: 'kilobytes' })
    }
  })

  it('runs correlation-id, cors and prometheus for every route', () => {
    expect(config.plugins.map((p) => p.name).sort()).toEqual([
      'correlation-id',
      'cors',
      'prometheus',
    ])
  })

  it('matches exact paths, so /users does not swallow /users/me', () => {
    const users = new RegExp(`^${kongPath('/users').slice(1)}`)
    expect(users.test('/users')).toBe(true)
    expect(users.test('/users/me')).toBe(false)
    expect(kongPath('/orders/{orderId}')).toBe('~/orders/(?<orderId>[^/]+)$')
  })

  it('commits no key material; each deployment adds its keys by kid', async () => {
    expect(JSON.stringify(config)).not.toMatch(/BEGIN PUBLIC KEY|jwt_secrets/)
    const keys = await Promise.all(['key-a', 'key-b'].map((kid) => generateSigningKey(kid)))
    const withKeys = withIssuerKeys(config, { keys: keys.map(publicJwkOf) })
    const issuer = withKeys.consumers.find((c) => c.username === ISSUER_CONSUMER)
    expect(issuer?.jwt_secrets?.map((s) => [s.key, s.algorithm])).toEqual([
      ['key-a', 'ES256'],
      ['key-b', 'ES256'],
    ])
    expect(issuer?.jwt_secrets?.[0]?.rsa_public_key).toMatch(/^-----BEGIN PUBLIC KEY-----/)
  })

  it('holds only plugin configs the local gateway accepts (decK does not check config)', () => {
    const upstreams = new Map(config.services.map((s) => [s.name, { fetch: () => new Response() }]))
    expect(() => createGateway(config, { upstreams, registry: new Registry() })).not.toThrow()
  })

  it('is refused by the local gateway when a plugin is unknown or its config is wrong', () => {
    const upstreams = new Map(config.services.map((s) => [s.name, { fetch: () => new Response() }]))
    const options = { upstreams, registry: new Registry() }
    // Written as Kong would take them; the KongConfig type would not let these through.
    const unknown = {
      ...config,
      plugins: [...config.plugins, { name: 'bot-detection', config: {} }],
    }
    expect(() => createGateway(unknown, options)).toThrow(
      /does not understand the Kong plugin 'bot-detection'/,
    )
    const misspelt = {
      ...config,
      plugins: [{ name: 'correlation-id', config: { header: 'X-Request-ID' } }],
    }
    expect(() => createGateway(misspelt, options)).toThrow(/header/)
  })

  it('stops the local host with "run npm run generate" when the committed file is stale', () => {
    const manifests = functions.map(({ fn }) => fn.manifest)
    expect(currentKongConfig(structuredClone(config), manifests)).toEqual(config)
    const [first, ...others] = manifests
    if (!first) throw new Error('no HTTP function found')
    const moved = [{ ...first, path: `${first.path}/moved` }, ...others]
    expect(() => currentKongConfig(config, moved)).toThrow(/run npm run generate/)
  })
})
