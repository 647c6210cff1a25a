/**
 * The committed Kustomize base, checked offline: every object against its API schema (the
 * typed models of kubernetes-models and @kubernetes-models/keda), each deployable's objects,
 * and the connection budget of every deployable at its largest. Freshness (the committed
 * files are what `npm run generate` renders) is generate.test.ts's.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject'
import { Deployment } from 'kubernetes-models/apps/v1/Deployment'
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'
import { Job } from 'kubernetes-models/batch/v1/Job'
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap'
import type { IContainer } from 'kubernetes-models/v1/Container'
import { Service } from 'kubernetes-models/v1/Service'
import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { z } from 'zod'
import { BaseConfig } from '#shared/config'
import { deployables } from '../build/bundle.ts'
import { partitionsOf } from '../events/kafka.ts'
import { repoRoot } from '../registry.ts'
import { KUBERNETES_BASE } from './index.ts'
import { pgbouncerEnvironment } from './kubernetes.ts'
import {
  ADMIN_CONNECTIONS,
  POSTGRES_CONNECTIONS,
  RELAY_SESSION_CONNECTIONS,
  SIZING,
} from './sizing.ts'

const MODELS = {
  'apps/v1 Deployment': Deployment,
  'v1 Service': Service,
  'v1 ConfigMap': ConfigMap,
  'batch/v1 Job': Job,
  'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'keda.sh/v1alpha1 ScaledObject': ScaledObject,
}
type Model = InstanceType<(typeof MODELS)[keyof typeof MODELS]>

const TypeMeta = z.looseObject({ apiVersion: z.string(), kind: z.string() })

/** A document made into its typed model, validated against the API's schema. */
function validated(document: unknown): Model {
  const { apiVersion, kind } = TypeMeta.parse(document)
  const Model = MODELS[`${apiVersion} ${kind}` as keyof typeof MODELS]
  if (!Model) throw new Error(`no model for ${apiVersion} ${kind}: add it to MODELS`)
  // Each model class takes its own data type; the schema, not the compiler, checks this one.
  const model = new (Model as new (data: unknown) => Model)(document)
  model.validate()
  return model
}

const baseDir = join(repoRoot, KUBERNETES_BASE)

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? yamlFiles(join(dir, entry.name))
      : [relative(baseDir, join(dir, entry.name))],
  )
}

const kustomization = z
  .looseObject({ resources: z.array(z.string()) })
  .parse(parse(readFileSync(join(baseDir, 'kustomization.yaml'), 'utf8')))

const documents = kustomization.resources.flatMap((file) =>
  parseAllDocuments(readFileSync(join(baseDir, file), 'utf8')).map((document) => ({
    file,
    document: document.toJS() as unknown,
  })),
)
const objects = documents.map(({ document }) => validated(document))
const all = <T extends Model>(type: abstract new (...args: never[]) => T): T[] =>
  objects.filter((object): object is T => object instanceof type)
const named = <T extends Model>(type: abstract new (...args: never[]) => T, name: string) =>
  all(type).find((object) => object.metadata?.name === name)

function containerOf(deployment: Deployment | undefined): IContainer {
  const [container] = deployment?.spec?.template.spec?.containers ?? []
  if (!container) throw new Error(`${deployment?.metadata?.name} has no container`)
  return container
}

const envOf = (container: IContainer, name: string) =>
  container.env?.find((variable) => variable.name === name)

describe('kubernetes/base', () => {
  it('lists every file of the base in its kustomization, once', () => {
    const files = yamlFiles(baseDir).filter((file) => file !== 'kustomization.yaml')
    expect([...kustomization.resources].sort()).toEqual(files.sort())
  })

  it('holds only objects that pass their API schema', () => {
    expect(objects.length).toBe(documents.length)
  })

  it('refuses an object its API schema refuses', () => {
    const deployment = documents.find(
      ({ document }) => TypeMeta.parse(document).kind === 'Deployment',
    )
    const broken = structuredClone(deployment?.document) as {
      spec: { template: { spec: { containers: { ports: { containerPort: unknown }[] }[] } } }
    }
    const [container] = broken.spec.template.spec.containers
    if (container?.ports[0]) container.ports[0].containerPort = 'eighty'
    expect(() => validated(broken)).toThrow(/containerPort must be integer/)
  })

  it('runs every deployable non-root, read-only, probed, with time to drain', async () => {
    const graceSeconds = BaseConfig.shape.SHUTDOWN_GRACE_MS.parse(undefined) / 1000
    for (const { name } of await deployables()) {
      const deployment = named(Deployment, name)
      const pod = deployment?.spec?.template.spec
      const container = containerOf(deployment)
      expect(pod?.securityContext?.runAsNonRoot, name).toBe(true)
      expect(container.securityContext?.readOnlyRootFilesystem, name).toBe(true)
      expect(container.securityContext?.allowPrivilegeEscalation, name).toBe(false)
      expect(container.resources?.requests, name).toBeDefined()
      expect(container.livenessProbe?.httpGet?.path, name).toBe('/healthz')
      expect(container.readinessProbe?.httpGet?.path, name).toBe('/readyz')
      const preStop = container.lifecycle?.preStop?.sleep?.seconds ?? 0
      expect(pod?.terminationGracePeriodSeconds, name).toBeGreaterThan(preStop + graceSeconds)
      expect(deployment?.spec?.template.metadata?.annotations, name).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': '8080',
        'prometheus.io/path': '/metrics',
      })
    }
  })

  it('serves every Kong upstream from a Service of that name and port, scaled on CPU', () => {
    const kong = z
      .looseObject({ services: z.array(z.looseObject({ name: z.string(), url: z.string() })) })
      .parse(parse(readFileSync(join(repoRoot, 'kong/kong.yml'), 'utf8')))
    for (const upstream of kong.services) {
      const url = new URL(upstream.url)
      const service = named(Service, url.hostname)
      expect(
        service?.spec?.ports?.map((port) => port.port),
        upstream.name,
      ).toContain(Number(url.port))
      const scaler = named(HorizontalPodAutoscaler, upstream.name)
      expect(scaler?.spec?.scaleTargetRef.name).toBe(upstream.name)
      expect(scaler?.spec?.metrics?.[0]?.resource?.name).toBe('cpu')
    }
  })

  it('scales every event function on its own consumer group’s lag, up to the partitions', async () => {
    const eventFunctions = (await deployables()).filter(
      (source) => source.kind === 'event' && source.name !== 'outbox-relay',
    )
    expect(eventFunctions.length).toBeGreaterThan(0)
    for (const { name } of eventFunctions) {
      const scaler = named(ScaledObject, name)
      expect(scaler?.spec.scaleTargetRef.name).toBe(name)
      const [trigger] = scaler?.spec.triggers ?? []
      expect(scaler?.spec.maxReplicaCount).toBeLessThanOrEqual(
        partitionsOf(String(trigger?.metadata.topic)),
      )
      expect(trigger?.type).toBe('kafka')
      expect(trigger?.metadata).toMatchObject({
        consumerGroup: `fn.${name}`,
        topic: expect.stringMatching(/^mart\.\w+\.v1$/),
        lagThreshold: expect.stringMatching(/^[1-9]\d*$/),
      })
    }
  })

  it('runs the migrations as a Job of the admin image, straight to PostgreSQL', () => {
    const migrate = all(Job).find((job) => job.metadata?.name === 'migrate')
    const [container] = migrate?.spec?.template.spec?.containers ?? []
    expect(container?.image).toMatch(/\/admin:/)
    expect(container?.args).toEqual(['migrate'])
    expect(container && envOf(container, 'DATABASE_URL')?.valueFrom?.secretKeyRef?.key).toBe(
      'direct-url',
    )
  })

  it('gives Kong the generated kong.yml plus the issuer keys of the mart-auth Secret', () => {
    const pod = named(Deployment, 'kong')?.spec?.template.spec
    const [render] = pod?.initContainers ?? []
    expect(render?.args).toEqual(['kong:config', '--out', '/kong-runtime/kong.yml'])
    expect(render && envOf(render, 'AUTH_JWKS')?.valueFrom?.secretKeyRef?.name).toBe('mart-auth')
    const kong = containerOf(named(Deployment, 'kong'))
    expect(envOf(kong, 'KONG_DATABASE')?.value).toBe('off')
    expect(envOf(kong, 'KONG_DECLARATIVE_CONFIG')?.value).toBe('/kong-runtime/kong.yml')
  })
})

describe('the connection budget', () => {
  /** The most replicas a Deployment may run: its scaler's maximum, else its replica count. */
  function maxReplicas(deployment: Deployment): number {
    const name = deployment.metadata?.name
    const hpa = named(HorizontalPodAutoscaler, name ?? '')
    const keda = named(ScaledObject, name ?? '')
    return hpa?.spec?.maxReplicas ?? keda?.spec.maxReplicaCount ?? deployment.spec?.replicas ?? 1
  }

  /** Connections one replica opens: its pool, and the relay's two sessions beside it. */
  function connectionsOf(name: string, container: IContainer): number {
    const pool = Number(envOf(container, 'DATABASE_POOL_MAX')?.value ?? Number.NaN)
    expect(pool, `${name} sets DATABASE_POOL_MAX`).toBeGreaterThan(0)
    return pool + (name === 'outbox-relay' ? RELAY_SESSION_CONNECTIONS : 0)
  }

  const deployments = all(Deployment).filter((deployment) =>
    deployment.spec?.template.spec?.containers.some((container) =>
      envOf(container, 'DATABASE_POOL_MAX'),
    ),
  )
  const byUrl = (key: 'pooled-url' | 'direct-url') =>
    deployments
      .filter(
        (deployment) =>
          envOf(containerOf(deployment), 'DATABASE_URL')?.valueFrom?.secretKeyRef?.key === key,
      )
      .map((deployment) => {
        const name = deployment.metadata?.name ?? ''
        return connectionsOf(name, containerOf(deployment)) * maxReplicas(deployment)
      })
  const sum = (numbers: number[]) => numbers.reduce((total, count) => total + count, 0)

  const pgbouncer = named(Deployment, 'pgbouncer')
  const setting = (name: string) => Number(envOf(containerOf(pgbouncer), name)?.value ?? Number.NaN)

  it('runs PgBouncer in transaction mode, with the settings of compose', () => {
    expect(envOf(containerOf(pgbouncer), 'POOL_MODE')?.value).toBe('transaction')
    const compose = z
      .looseObject({
        services: z.looseObject({
          pgbouncer: z.looseObject({ environment: z.record(z.string(), z.unknown()) }),
        }),
      })
      .parse(parse(readFileSync(join(repoRoot, 'compose/infra.yml'), 'utf8')))
    const composeEnvironment = compose.services.pgbouncer.environment
    for (const [name, value] of Object.entries(pgbouncerEnvironment())) {
      expect(String(composeEnvironment[name]), name).toBe(value)
      expect(envOf(containerOf(pgbouncer), name)?.value, name).toBe(value)
    }
  })

  it('sends compose’s functions through PgBouncer unprepared, and the relay straight to PostgreSQL', () => {
    const compose = z
      .looseObject({
        services: z.record(
          z.string(),
          z.looseObject({ environment: z.record(z.string(), z.string()) }),
        ),
      })
      .parse(parse(readFileSync(join(repoRoot, 'compose/functions.yml'), 'utf8')))
    for (const [name, { environment }] of Object.entries(compose.services)) {
      const relay = name === 'outbox-relay'
      // The URL compose uses unless .env sets one: the default of `${VARIABLE:-default}`.
      const url = environment.DATABASE_URL?.replace(/^\$\{\w+:-(.*)\}$/, '$1') ?? ''
      expect(new URL(url).host, name).toBe(relay ? 'postgres:5432' : 'pgbouncer:5432')
      expect(environment.DATABASE_PREPARED_STATEMENTS, name).toBe(relay ? undefined : 'false')
      expect(Number(environment.DATABASE_POOL_MAX), name).toBeGreaterThan(0)
    }
  })

  it('has every pooled client at its largest fit max_client_conn of one PgBouncer', () => {
    const clients = sum(byUrl('pooled-url'))
    expect(clients).toBeGreaterThan(0)
    expect(clients).toBeLessThanOrEqual(setting('MAX_CLIENT_CONN'))
  })

  it('keeps every PgBouncer, the relay, migrations and an admin within max_connections', () => {
    expect(setting('DEFAULT_POOL_SIZE')).toBeLessThanOrEqual(setting('MAX_DB_CONNECTIONS'))
    const pooled = setting('MAX_DB_CONNECTIONS') * maxReplicas(pgbouncer as Deployment)
    // Each Job is the admin runner, which opens one connection.
    const jobs = all(Job).length * SIZING.migrate.poolMax
    const direct = sum(byUrl('direct-url')) + jobs + ADMIN_CONNECTIONS
    expect(pooled + direct).toBeLessThanOrEqual(
      POSTGRES_CONNECTIONS.max - POSTGRES_CONNECTIONS.reservedForSuperusers,
    )
  })
})
