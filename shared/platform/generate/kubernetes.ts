import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject'
import { Deployment } from 'kubernetes-models/apps/v1/Deployment'
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'
import { Job } from 'kubernetes-models/batch/v1/Job'
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap'
import type { IContainer } from 'kubernetes-models/v1/Container'
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar'
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec'
import { Service } from 'kubernetes-models/v1/Service'
import type { EventManifest } from '#shared/events'
import type { HttpManifest } from '#shared/http'
import type { ScheduledManifest } from '#shared/schedule'
import { consumerGroupOf, partitionsOf } from '../events/kafka.ts'
import { UPSTREAM_PORT } from './kong.ts'
import {
  type DeployableKind,
  databaseSettingsOf,
  PGBOUNCER_REPLICAS,
  PGBOUNCER_SETTINGS,
  PRE_STOP_SECONDS,
  SIZING,
  TERMINATION_GRACE_SECONDS,
} from './sizing.ts'

/**
 * The Kustomize base of the cluster target (kubernetes/base), from the function manifests:
 * per HTTP function a Deployment, a Service and a CPU HorizontalPodAutoscaler; per event
 * function a Deployment and a KEDA ScaledObject on its consumer group's lag; the scheduled
 * functions and the outbox relay as Deployments that lead by advisory lock; the migrations as
 * a Job; Kong DB-less and PgBouncer. Every object is a typed model of kubernetes-models, so a
 * field that does not exist fails to compile, and `.validate()` checks it against the API's
 * schema (kubernetes.test.ts).
 */

export type KubernetesObject =
  | Deployment
  | Service
  | HorizontalPodAutoscaler
  | ScaledObject
  | Job
  | ConfigMap

/**
 * Secrets each deployment creates itself (README, "On a cluster"), so no key is committed:
 * the database URLs (`direct-url`, `pooled-url`) and the issuer keys (`jwks`, `signing-key`).
 */
const DATABASE_SECRET = 'mart-database'
const AUTH_SECRET = 'mart-auth'

const CONFIG_NAME = 'mart-config'
const ADMIN_IMAGE = 'imtiaz-mart/admin:dev'
/** The admin image (the Dockerfile's `admin` target) runs as the node user. */
const ADMIN_UID = 1000
/** The function images' distroless nonroot user. */
const FUNCTION_UID = 65532
/** KEDA adds a replica for each this many records a consumer group lags behind. */
const LAG_THRESHOLD = 100
const CPU_TARGET_PERCENT = 70

const labelsOf = (name: string, component: string) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/part-of': 'imtiaz-mart',
})

const fromSecret = (name: string, secret: string, key: string): IEnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key } },
})

/** Where a deployable of this kind connects, and with how large a pool. */
function databaseEnv(kind: DeployableKind): IEnvVar[] {
  return [
    fromSecret('DATABASE_URL', DATABASE_SECRET, SIZING[kind].pooled ? 'pooled-url' : 'direct-url'),
    ...Object.entries(databaseSettingsOf(kind)).map(([name, value]) => ({ name, value })),
  ]
}

const tmp = { name: 'tmp', emptyDir: {} }

/** Non-root, read-only root file system, no privileges: only /tmp is writable. */
function lockedDown(uid: number) {
  return {
    pod: {
      runAsNonRoot: true,
      runAsUser: uid,
      runAsGroup: uid,
      seccompProfile: { type: 'RuntimeDefault' as const },
    },
    container: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
  }
}

/** A function's container: its bundle on port 8080, probed and drained as ADR 0014 says. */
function functionPod(name: string, kind: DeployableKind, env: IEnvVar[]): IPodSpec {
  const security = lockedDown(FUNCTION_UID)
  const container: IContainer = {
    name: 'function',
    image: `imtiaz-mart/${name}:dev`,
    ports: [{ name: 'http', containerPort: UPSTREAM_PORT }],
    env: [{ name: 'PORT', value: String(UPSTREAM_PORT) }, ...databaseEnv(kind), ...env],
    envFrom: [{ configMapRef: { name: CONFIG_NAME } }],
    resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '256Mi' } },
    livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 },
    readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 5 },
    // Endpoints drop the pod while it still serves; SIGTERM comes after (then /readyz is 503).
    lifecycle: { preStop: { sleep: { seconds: PRE_STOP_SECONDS } } },
    securityContext: security.container,
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  }
  return {
    securityContext: security.pod,
    terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
    containers: [container],
    volumes: [tmp],
  }
}

/** Scraped by any Prometheus that honours the prometheus.io annotations: no CRD needed. */
const scrapeAnnotations = (port: number) => ({
  'prometheus.io/scrape': 'true',
  'prometheus.io/port': String(port),
  'prometheus.io/path': '/metrics',
})

function deployment(
  name: string,
  component: string,
  pod: IPodSpec,
  options: { replicas?: number; scrapePort?: number } = {},
): Deployment {
  const labels = labelsOf(name, component)
  return new Deployment({
    metadata: { name, labels },
    spec: {
      // Left out where a scaler owns the count: applying again must not reset it.
      ...(options.replicas === undefined ? {} : { replicas: options.replicas }),
      selector: { matchLabels: { 'app.kubernetes.io/name': name } },
      template: {
        metadata: {
          labels,
          annotations: scrapeAnnotations(options.scrapePort ?? UPSTREAM_PORT),
        },
        spec: pod,
      },
    },
  })
}

function clusterService(name: string, component: string, port: number): Service {
  return new Service({
    metadata: { name, labels: labelsOf(name, component) },
    spec: {
      selector: { 'app.kubernetes.io/name': name },
      ports: [{ name: 'http', port, targetPort: port }],
    },
  })
}

function httpFunction(manifest: HttpManifest): KubernetesObject[] {
  const { name } = manifest
  const { minReplicas, maxReplicas } = SIZING.http
  const env = [
    fromSecret('AUTH_JWKS', AUTH_SECRET, 'jwks'),
    ...(manifest.signsTokens ? [fromSecret('AUTH_SIGNING_KEY', AUTH_SECRET, 'signing-key')] : []),
  ]
  return [
    deployment(name, 'http-function', functionPod(name, 'http', env)),
    // Kong's upstream is http://<name>:8080 (kong/kong.yml): the Service has that name.
    clusterService(name, 'http-function', UPSTREAM_PORT),
    new HorizontalPodAutoscaler({
      metadata: { name, labels: labelsOf(name, 'http-function') },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas,
        maxReplicas,
        metrics: [
          {
            type: 'Resource',
            resource: {
              name: 'cpu',
              target: { type: 'Utilization', averageUtilization: CPU_TARGET_PERCENT },
            },
          },
        ],
      },
    }),
  ]
}

function eventFunction(manifest: EventManifest): KubernetesObject[] {
  const { name, topic } = manifest
  const { minReplicas, maxReplicas } = SIZING.event
  return [
    deployment(name, 'event-function', functionPod(name, 'event', [])),
    new ScaledObject({
      metadata: { name, labels: labelsOf(name, 'event-function') },
      spec: {
        scaleTargetRef: { name },
        minReplicaCount: minReplicas,
        // More members than partitions would stand idle.
        maxReplicaCount: Math.min(maxReplicas, partitionsOf(topic)),
        triggers: [
          {
            type: 'kafka',
            metadata: {
              // Read from the function's own environment (mart-config): one place for it.
              bootstrapServersFromEnv: 'KAFKA_BROKERS',
              consumerGroup: consumerGroupOf(name),
              topic,
              lagThreshold: String(LAG_THRESHOLD),
              // The trigger reads a new group's topic from the beginning.
              offsetResetPolicy: 'earliest',
            },
          },
        ],
      },
    }),
  ]
}

function leaderDeployment(name: string, kind: 'scheduled' | 'relay'): Deployment {
  const component = kind === 'relay' ? 'outbox-relay' : 'scheduled-function'
  return deployment(name, component, functionPod(name, kind, []), {
    replicas: SIZING[kind].maxReplicas,
  })
}

/** The admin image's pod: npm and tsx write their caches, so those get an emptyDir too. */
function adminPod(container: Omit<IContainer, 'image' | 'securityContext'>) {
  const security = lockedDown(ADMIN_UID)
  return {
    securityContext: security.pod,
    container: {
      ...container,
      image: ADMIN_IMAGE,
      securityContext: security.container,
      volumeMounts: [
        ...(container.volumeMounts ?? []),
        { name: 'tmp', mountPath: '/tmp' },
        { name: 'npm-cache', mountPath: '/home/node/.npm' },
      ],
    },
    volumes: [tmp, { name: 'npm-cache', emptyDir: {} }],
  }
}

/** `migrate`, as compose's job runs it; removed an hour after it ends, so the next apply reruns it. */
function migrateJob(): Job {
  // The admin runner opens one connection of its own (SIZING.migrate): no pool to size.
  const pod = adminPod({
    name: 'migrate',
    args: ['migrate'],
    env: [fromSecret('DATABASE_URL', DATABASE_SECRET, 'direct-url')],
  })
  return new Job({
    metadata: { name: 'migrate', labels: labelsOf('migrate', 'migrations') },
    spec: {
      backoffLimit: 3,
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: { labels: labelsOf('migrate', 'migrations') },
        spec: {
          restartPolicy: 'OnFailure',
          securityContext: pod.securityContext,
          containers: [pod.container],
          volumes: pod.volumes,
        },
      },
    },
  })
}

const KONG_PROXY_PORT = 8000
const KONG_STATUS_PORT = 8100

/**
 * Kong DB-less, as in compose: an init container renders kong/kong.yml (in the admin image)
 * plus this deployment's issuer keys (the mart-auth Secret) into a volume Kong reads.
 */
function kong(): KubernetesObject[] {
  const admin = adminPod({
    name: 'kong-config',
    args: ['kong:config', '--out', '/kong-runtime/kong.yml'],
    env: [fromSecret('AUTH_JWKS', AUTH_SECRET, 'jwks')],
    volumeMounts: [{ name: 'kong-runtime', mountPath: '/kong-runtime' }],
  })
  const settings: Record<string, string> = {
    KONG_DATABASE: 'off',
    KONG_DECLARATIVE_CONFIG: '/kong-runtime/kong.yml',
    KONG_PREFIX: '/kong_prefix',
    KONG_PROXY_LISTEN: `0.0.0.0:${KONG_PROXY_PORT}`,
    KONG_STATUS_LISTEN: `0.0.0.0:${KONG_STATUS_PORT}`,
    KONG_ADMIN_LISTEN: '127.0.0.1:8001',
    KONG_PROXY_ACCESS_LOG: '/dev/stdout',
    KONG_PROXY_ERROR_LOG: '/dev/stderr',
    KONG_ADMIN_ACCESS_LOG: '/dev/stdout',
    KONG_ADMIN_ERROR_LOG: '/dev/stderr',
    KONG_STATUS_ACCESS_LOG: 'off',
    KONG_STATUS_ERROR_LOG: '/dev/stderr',
    KONG_DNS_NOT_FOUND_TTL: '1',
    KONG_DNS_ERROR_TTL: '1',
  }
  const security = lockedDown(ADMIN_UID)
  const pod: IPodSpec = {
    securityContext: security.pod,
    initContainers: [admin.container],
    containers: [
      {
        name: 'kong',
        image: 'kong:3.9',
        env: Object.entries(settings).map(([name, value]) => ({ name, value })),
        ports: [
          { name: 'proxy', containerPort: KONG_PROXY_PORT },
          { name: 'status', containerPort: KONG_STATUS_PORT },
        ],
        resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } },
        livenessProbe: { httpGet: { path: '/status', port: 'status' }, periodSeconds: 10 },
        readinessProbe: { httpGet: { path: '/status/ready', port: 'status' }, periodSeconds: 5 },
        securityContext: security.container,
        volumeMounts: [
          { name: 'kong-runtime', mountPath: '/kong-runtime', readOnly: true },
          { name: 'kong-prefix', mountPath: '/kong_prefix' },
          { name: 'tmp', mountPath: '/tmp' },
        ],
      },
    ],
    volumes: [
      ...admin.volumes,
      { name: 'kong-runtime', emptyDir: {} },
      { name: 'kong-prefix', emptyDir: {} },
    ],
  }
  return [
    deployment('kong', 'gateway', pod, { replicas: 2, scrapePort: KONG_STATUS_PORT }),
    new Service({
      metadata: { name: 'kong', labels: labelsOf('kong', 'gateway') },
      spec: {
        selector: { 'app.kubernetes.io/name': 'kong' },
        ports: [{ name: 'proxy', port: KONG_PROXY_PORT, targetPort: 'proxy' }],
      },
    }),
  ]
}

const PGBOUNCER_PORT = 5432
/** The image's user (postgres, uid 70); its entrypoint writes pgbouncer.ini at start. */
const PGBOUNCER_UID = 70

/** PgBouncer's settings as the image's variables (POOL_MODE, MAX_CLIENT_CONN, …). */
export function pgbouncerEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(PGBOUNCER_SETTINGS).map(([name, value]) => [name.toUpperCase(), String(value)]),
  )
}

/** PgBouncer in transaction mode, between every function and PostgreSQL (ADR 0016). */
function pgbouncer(): KubernetesObject[] {
  const pod: IPodSpec = {
    securityContext: { runAsNonRoot: true, runAsUser: PGBOUNCER_UID, runAsGroup: PGBOUNCER_UID },
    containers: [
      {
        name: 'pgbouncer',
        image: 'edoburu/pgbouncer:1.23.1-p2',
        env: [
          // The image takes host, user, password and database from this URL.
          fromSecret('DATABASE_URL', DATABASE_SECRET, 'direct-url'),
          // SCRAM to PostgreSQL needs the password itself in the userlist, not an MD5 hash.
          { name: 'AUTH_TYPE', value: 'scram-sha-256' },
          ...Object.entries(pgbouncerEnvironment()).map(([name, value]) => ({ name, value })),
        ],
        ports: [{ name: 'postgres', containerPort: PGBOUNCER_PORT }],
        resources: { requests: { cpu: '100m', memory: '32Mi' }, limits: { memory: '128Mi' } },
        readinessProbe: { tcpSocket: { port: 'postgres' }, periodSeconds: 5 },
        livenessProbe: { tcpSocket: { port: 'postgres' }, periodSeconds: 10 },
        securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      },
    ],
  }
  const labels = labelsOf('pgbouncer', 'connection-pooler')
  return [
    new Deployment({
      metadata: { name: 'pgbouncer', labels },
      spec: {
        replicas: PGBOUNCER_REPLICAS,
        selector: { matchLabels: { 'app.kubernetes.io/name': 'pgbouncer' } },
        template: { metadata: { labels }, spec: pod },
      },
    }),
    new Service({
      metadata: { name: 'pgbouncer', labels },
      spec: {
        selector: { 'app.kubernetes.io/name': 'pgbouncer' },
        ports: [{ name: 'postgres', port: PGBOUNCER_PORT, targetPort: 'postgres' }],
      },
    }),
  ]
}

/** What every container reads from its environment; an overlay patches it per cluster. */
function config(): ConfigMap {
  return new ConfigMap({
    metadata: { name: CONFIG_NAME, labels: labelsOf(CONFIG_NAME, 'config') },
    data: {
      KAFKA_BROKERS: 'kafka:9092',
      AUTH_ISSUER: 'imtiaz-mart',
      AUTH_AUDIENCE: 'imtiaz-mart-api',
      LOG_LEVEL: 'info',
    },
  })
}

/** Path under kubernetes/base → the objects of that file, in apply order within it. */
export function kubernetesBase(
  http: HttpManifest[],
  events: EventManifest[],
  scheduled: ScheduledManifest[],
): Map<string, KubernetesObject[]> {
  const file = (name: string, objects: KubernetesObject[]): [string, KubernetesObject[]] => [
    `functions/${name}.yaml`,
    objects,
  ]
  return new Map([
    ['platform/config.yaml', [config()]],
    ['platform/pgbouncer.yaml', pgbouncer()],
    ['platform/migrate.yaml', [migrateJob()]],
    ['platform/kong.yaml', kong()],
    ['platform/outbox-relay.yaml', [leaderDeployment('outbox-relay', 'relay')]],
    ...http.map((manifest) => file(manifest.name, httpFunction(manifest))),
    ...events.map((manifest) => file(manifest.name, eventFunction(manifest))),
    ...scheduled.map(({ name }) => file(name, [leaderDeployment(name, 'scheduled')])),
  ])
}

/** kubernetes/base/kustomization.yaml: every file of the base, in the order above. */
export function kustomization(files: Iterable<string>) {
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...files],
  }
}
