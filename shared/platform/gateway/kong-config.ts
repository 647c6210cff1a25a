/**
 * Kong 3.x DB-less declarative config, the part of it the mart uses: one schema, which the
 * generator writes (`KongConfig`, plugin configs typed) and the local gateway reads (parsed,
 * defaults filled in). A plugin that is not listed here is refused by both.
 */
import { z } from 'zod'
import { CorrelationIdConfig } from './plugins/correlation-id.ts'
import { CorsConfig } from './plugins/cors.ts'
import { JwtConfig } from './plugins/jwt.ts'
import { PrometheusConfig } from './plugins/prometheus.ts'
import { RateLimitingConfig } from './plugins/rate-limiting.ts'
import { RequestSizeLimitingConfig } from './plugins/request-size-limiting.ts'

const plugin = <Name extends string, Config extends z.ZodType>(name: Name, config: Config) =>
  z.strictObject({ name: z.literal(name), config })

export const KongPlugin = z.discriminatedUnion('name', [
  plugin('correlation-id', CorrelationIdConfig),
  plugin('cors', CorsConfig),
  plugin('jwt', JwtConfig),
  plugin('prometheus', PrometheusConfig),
  plugin('rate-limiting', RateLimitingConfig),
  plugin('request-size-limiting', RequestSizeLimitingConfig),
])
export type KongPlugin = z.input<typeof KongPlugin>
export type ParsedKongPlugin = z.output<typeof KongPlugin>
export const KNOWN_PLUGINS: ReadonlySet<string> = new Set(
  KongPlugin.options.map((option) => option.shape.name.value),
)

export const JwtSecret = z.strictObject({
  key: z.string(),
  algorithm: z.literal('ES256'),
  rsa_public_key: z.string(),
})
export type JwtSecret = z.infer<typeof JwtSecret>

/** Every list is written out, empty or not: the generator always does, so the reader may ask. */
export const KongConfig = z.strictObject({
  _format_version: z.literal('3.0'),
  services: z.array(
    z.strictObject({
      name: z.string(),
      url: z.url(),
      routes: z.array(
        z.strictObject({
          name: z.string(),
          paths: z.array(z.string()).min(1),
          methods: z.array(z.string()).min(1),
          strip_path: z.literal(false),
          preserve_host: z.boolean(),
          plugins: z.array(KongPlugin),
        }),
      ),
    }),
  ),
  consumers: z.array(
    z.strictObject({ username: z.string(), jwt_secrets: z.array(JwtSecret).optional() }),
  ),
  plugins: z.array(KongPlugin),
})
/** The config as written: what the generator makes and kong/kong.yml holds. */
export type KongConfig = z.input<typeof KongConfig>
/** The config as the gateway reads it, defaults filled in. */
export type ParsedKongConfig = z.output<typeof KongConfig>

const Named = z.array(z.looseObject({ name: z.string() }))
const PluginNames = z.looseObject({
  plugins: Named,
  services: z.array(z.looseObject({ routes: z.array(z.looseObject({ plugins: Named })) })),
})

/** Reads a declarative config; a plugin the mart does not know is named before anything else. */
export function parseKongConfig(declarative: unknown): ParsedKongConfig {
  const named = PluginNames.safeParse(declarative)
  if (named.success) {
    const { plugins, services } = named.data
    const all = [
      ...plugins,
      ...services.flatMap((service) => service.routes.flatMap((route) => route.plugins)),
    ]
    const unknown = all.find(({ name }) => !KNOWN_PLUGINS.has(name))
    if (unknown) {
      throw new Error(`the local gateway does not understand the Kong plugin '${unknown.name}'`)
    }
  }
  return KongConfig.parse(declarative)
}
