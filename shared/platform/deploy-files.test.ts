/**
 * Static checks of the container, compose, observability, dev container and workflow files.
 * No Docker engine is needed: every file is parsed and what would break a real
 * `docker compose up` or deploy (a dangling depends_on, a missing volume or mounted file, a
 * function without a service, key material in an example) fails here instead.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { createLogger } from '#shared/observability'
import { LogLines } from '#shared/testing'
import { deployables } from './build/bundle.ts'
import { findFunctionSources, repoRoot } from './registry.ts'

function read(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8')
}

function readYaml<Schema extends z.ZodType>(path: string, schema: Schema): z.infer<Schema> {
  return schema.parse(parse(read(path)))
}

function readJson<Schema extends z.ZodType>(path: string, schema: Schema): z.infer<Schema> {
  return schema.parse(JSON.parse(read(path)))
}

// ---------------------------------------------------------------------------------------------
// Dockerfile

interface Instruction {
  keyword: string
  args: string
}

interface Stage {
  base: string
  name: string | undefined
  instructions: Instruction[]
}

/** Stages of a Dockerfile: continuation lines joined, comments dropped. */
function dockerfileStages(text: string): { globalArgs: Instruction[]; stages: Stage[] } {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  const globalArgs: Instruction[] = []
  const stages: Stage[] = []
  for (const line of lines) {
    const match = /^(\S+)\s+(.*)$/.exec(line)
    if (!match?.[1] || match[2] === undefined)
      throw new Error(`cannot read Dockerfile line: ${line}`)
    const instruction = { keyword: match[1].toUpperCase(), args: match[2].trim() }
    if (instruction.keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args)
      if (!from?.[1]) throw new Error(`cannot read FROM ${instruction.args}`)
      stages.push({ base: from[1], name: from[2], instructions: [] })
    } else {
      const current = stages.at(-1)
      if (current) current.instructions.push(instruction)
      else globalArgs.push(instruction)
    }
  }
  return { globalArgs, stages }
}

function stageNamed(stages: Stage[], name: string): Stage {
  const stage = stages.find((candidate) => candidate.name === name)
  if (!stage) throw new Error(`the Dockerfile has no stage named ${name}`)
  return stage
}

function argsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions
    .filter((instruction) => instruction.keyword === keyword)
    .map((i) => i.args)
}

describe('Dockerfile', () => {
  const { stages } = dockerfileStages(read('Dockerfile'))
  const runtime = stages.at(-1)
  if (!runtime) throw new Error('the Dockerfile has no stage')
  const build = stageNamed(stages, 'build')

  it('takes the function to build as ARG FUNCTION, in the build and the runtime stage', () => {
    expect(argsOf(build, 'ARG')).toContain('FUNCTION')
    expect(argsOf(runtime, 'ARG')).toContain('FUNCTION')
  })

  it('builds on Node 24 (node:24-bookworm-slim)', () => {
    const [first] = stages
    expect(first?.base).toBe('node:24-bookworm-slim')
    for (const stage of stages.filter((candidate) => /^node:/.test(candidate.base))) {
      expect(stage.base).toMatch(/^node:24\b/)
    }
  })

  it('installs with npm ci through a cache mount, and bundles exactly "$FUNCTION"', () => {
    const runs = stages.flatMap((stage) => argsOf(stage, 'RUN'))
    expect(runs.some((run) => /--mount=type=cache\S*\s+npm ci\b/.test(run))).toBe(true)
    expect(argsOf(build, 'RUN').join('\n')).toContain('npm run build -- "$FUNCTION"')
  })

  it('fails with a message when FUNCTION is empty, before bundling anything', () => {
    const run = argsOf(build, 'RUN').join('\n')
    expect(run).toMatch(/\[ -z "\$FUNCTION" \]/)
    expect(run).toMatch(/exit 1/)
    expect(run.indexOf('-z "$FUNCTION"')).toBeLessThan(run.indexOf('npm run build'))
  })

  it('ends with a small, non-root Node 24 runtime stage (the default target)', () => {
    expect(runtime.base).toMatch(/^gcr\.io\/distroless\/nodejs24-debian12:nonroot$|^node:24-alpine/)
    const users = argsOf(runtime, 'USER')
    const user = users.at(-1) ?? (runtime.base.endsWith(':nonroot') ? 'nonroot' : 'root')
    expect(user).not.toMatch(/^(root|0)(:|$)/)
  })

  it('copies nothing into the runtime but the one bundle and its source map', () => {
    const copies = argsOf(runtime, 'COPY')
    expect(copies.length).toBeGreaterThan(0)
    const sources = copies.flatMap((copy) => {
      const words = copy.split(/\s+/).filter((word) => !word.startsWith('--'))
      expect(copy).toMatch(/--from=build\b/)
      return words.slice(0, -1)
    })
    const bundle = `/app/dist/functions/\${FUNCTION}/index.mjs`
    expect(sources.sort()).toEqual([bundle, `${bundle}.map`])
    expect(argsOf(runtime, 'ADD')).toEqual([])
  })

  it('runs the bundle as the cold-start benchmark does, on port 8080 in production mode', () => {
    const env = argsOf(runtime, 'ENV').join(' ')
    expect(env).toMatch(/\bNODE_ENV=production\b/)
    expect(env).toMatch(/\bPORT=8080\b/)
    expect(argsOf(runtime, 'EXPOSE')).toEqual(['8080'])
    const command = [...argsOf(runtime, 'ENTRYPOINT'), ...argsOf(runtime, 'CMD')].flatMap((json) =>
      z.array(z.string()).parse(JSON.parse(json)),
    )
    expect(command).toEqual(['/nodejs/bin/node', 'index.mjs'])
  })

  it('puts node on PATH in the distroless runtime: the compose healthcheck runs `node -e`', () => {
    if (!runtime.base.startsWith('gcr.io/distroless/')) return
    expect(argsOf(runtime, 'ENV').join(' ')).toMatch(/\bPATH=\/nodejs\/bin[:\s]/)
  })

  it('has an admin target for one-shot jobs: npm run admin', () => {
    const admin = stageNamed(stages, 'admin')
    const [entrypoint] = argsOf(admin, 'ENTRYPOINT')
    expect(JSON.parse(entrypoint ?? 'null')).toEqual(['npm', 'run', '--silent', 'admin', '--'])
    expect(argsOf(admin, 'USER')).not.toContain('root')
  })
})

describe('.dockerignore', () => {
  const patterns = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))

  it('keeps installed, built and local state out of the build context', () => {
    for (const pattern of [
      'node_modules',
      'dist',
      '.data',
      '.kafka',
      '.git',
      'logs',
      'coverage',
      '*.log',
    ]) {
      expect(patterns).toContain(pattern)
    }
  })

  it('keeps secrets out of the build context', () => {
    expect(patterns).toContain('.env')
  })

  it('keeps what the build and the admin runner need', () => {
    for (const needed of [
      'functions',
      'shared',
      'scripts',
      'proto',
      'kong',
      'package.json',
      'package-lock.json',
    ]) {
      expect(patterns).not.toContain(needed)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Compose

const Environment = z.union([
  z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  z.array(z.string()),
])
const DependsOn = z.union([
  z.array(z.string()),
  z.record(z.string(), z.looseObject({ condition: z.string().optional() })),
])
const ServiceVolume = z.union([
  z.string(),
  z.looseObject({ type: z.string().optional(), source: z.string().optional(), target: z.string() }),
])
const Service = z.looseObject({
  image: z.string().optional(),
  build: z
    .looseObject({
      context: z.string(),
      dockerfile: z.string().optional(),
      target: z.string().optional(),
      args: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
  command: z.union([z.string(), z.array(z.string())]).optional(),
  environment: Environment.optional(),
  depends_on: DependsOn.optional(),
  volumes: z.array(ServiceVolume).optional(),
  ports: z.array(z.union([z.string(), z.number()])).optional(),
  healthcheck: z.looseObject({ test: z.union([z.string(), z.array(z.string())]) }).optional(),
  labels: z.union([z.record(z.string(), z.string()), z.array(z.string())]).optional(),
  network_mode: z.string().optional(),
})
type Service = z.infer<typeof Service>
const ComposeFile = z.looseObject({
  include: z.array(z.union([z.string(), z.looseObject({ path: z.string() })])).optional(),
  services: z.record(z.string(), Service).optional(),
  volumes: z.record(z.string(), z.unknown()).optional(),
})
type ComposeFile = z.infer<typeof ComposeFile>

interface LoadedFile {
  /** Repo-relative path of the compose file. */
  path: string
  compose: ComposeFile
}

interface LoadedService {
  name: string
  service: Service
  /** The file that defines it: relative paths in it are relative to that file's folder. */
  file: LoadedFile
}

function includedPaths(compose: ComposeFile): string[] {
  return (compose.include ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.path))
}

function loadComposeProject(rootFile: string): { files: LoadedFile[]; services: LoadedService[] } {
  const root = { path: rootFile, compose: readYaml(rootFile, ComposeFile) }
  const files = [
    root,
    ...includedPaths(root.compose).map((include) => {
      const path = posix.join(posix.dirname(rootFile), include)
      return { path, compose: readYaml(path, ComposeFile) }
    }),
  ]
  const services = files.flatMap((file) =>
    Object.entries(file.compose.services ?? {}).map(([name, service]) => ({ name, service, file })),
  )
  return { files, services }
}

function environmentOf(service: Service): Record<string, string> {
  const environment = service.environment ?? {}
  if (Array.isArray(environment)) {
    return Object.fromEntries(
      environment.map((entry) => {
        const [key = '', ...value] = entry.split('=')
        return [key, value.join('=')]
      }),
    )
  }
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [key, String(value ?? '')]),
  )
}

function dependenciesOf(service: Service): Record<string, string | undefined> {
  const dependsOn = service.depends_on ?? []
  if (Array.isArray(dependsOn))
    return Object.fromEntries(dependsOn.map((name) => [name, undefined]))
  return Object.fromEntries(
    Object.entries(dependsOn).map(([name, options]) => [name, options.condition]),
  )
}

interface Mount {
  source: string
  target: string
}

function mountsOf(service: Service): Mount[] {
  return (service.volumes ?? []).flatMap((volume) => {
    if (typeof volume !== 'string')
      return volume.source ? [{ source: volume.source, target: volume.target }] : []
    // `${VAR:-/path}:/target:ro`: the source may hold a colon inside an interpolation.
    const match = /^((?:\$\{[^}]*\}|[^:])+)(?::([^:]+))?(?::[a-z,]+)?$/.exec(volume)
    if (!match?.[1]) throw new Error(`cannot read volume ${volume}`)
    return match[2] ? [{ source: match[1], target: match[2] }] : []
  })
}

const isNamedVolume = (source: string) =>
  /^[A-Za-z0-9][\w.-]*$/.test(source) && !source.startsWith('.')

/** `${VAR:-default}` → `default`: what compose uses when .env does not set VAR. */
function withDefaults(text: string): string {
  return text.replace(/\$\{\w+:-([^}]*)\}/g, '$1')
}

function commandOf(service: Service): string[] {
  const command = service.command ?? []
  return typeof command === 'string' ? command.split(/\s+/) : command
}

describe('docker-compose.yml', () => {
  const { files, services } = loadComposeProject('docker-compose.yml')
  const byName = new Map(services.map((entry) => [entry.name, entry]))
  const serviceNamed = (name: string): Service => {
    const found = byName.get(name)
    if (!found) throw new Error(`no compose service ${name}`)
    return found.service
  }

  it('includes the generated compose/functions.yml and the infrastructure fragments', () => {
    const includes = files.map((file) => file.path)
    expect(includes).toContain('compose/functions.yml')
    expect(includes).toContain('compose/infra.yml')
  })

  it('defines no service twice across the fragments', () => {
    const names = services.map((entry) => entry.name)
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([])
  })

  it('runs the whole topology', () => {
    for (const name of [
      'postgres',
      'kafka',
      'migrate',
      'kong-config',
      'kong',
      'prometheus',
      'grafana',
      'loki',
      'alloy',
    ]) {
      expect(byName.has(name), `service ${name}`).toBe(true)
    }
  })

  it('points every depends_on at a service that exists, with a known condition', () => {
    for (const { name, service } of services) {
      for (const [target, condition] of Object.entries(dependenciesOf(service))) {
        expect(byName.has(target), `${name} depends on ${target}`).toBe(true)
        if (condition) {
          expect([
            'service_started',
            'service_healthy',
            'service_completed_successfully',
          ]).toContain(condition)
        }
        if (condition === 'service_healthy') {
          expect(serviceNamed(target).healthcheck, `${target} needs a healthcheck`).toBeDefined()
        }
      }
    }
  })

  it('declares every named volume in the file that mounts it', () => {
    for (const { name, service, file } of services) {
      for (const { source } of mountsOf(service).filter((mount) => isNamedVolume(mount.source))) {
        expect(
          Object.keys(file.compose.volumes ?? {}),
          `${name} mounts volume ${source}`,
        ).toContain(source)
      }
    }
  })

  it('bind-mounts only files and folders that exist in the repository', () => {
    for (const { name, service, file } of services) {
      for (const { source } of mountsOf(service).filter((mount) => mount.source.startsWith('.'))) {
        const path = join(repoRoot, dirname(file.path), source)
        expect(existsSync(path), `${name} mounts ${source} from ${file.path}`).toBe(true)
      }
    }
  })

  it('builds every image from the one Dockerfile at the repository root', () => {
    for (const { name, service, file } of services.filter((entry) => entry.service.build)) {
      const context = join(repoRoot, dirname(file.path), service.build?.context ?? '.')
      expect(context, `${name} build context`).toBe(repoRoot.replace(/\/$/, ''))
      expect(service.build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile')
      expect(service.image, `${name} names its image`).toBeDefined()
    }
  })

  it('has a service in compose/functions.yml for every function, built with FUNCTION=<name>', async () => {
    const generated = readYaml('compose/functions.yml', ComposeFile).services ?? {}
    for (const source of await findFunctionSources()) {
      const service = generated[source.name]
      expect(service, `service ${source.name}`).toBeDefined()
      expect(service?.build?.args?.FUNCTION).toBe(source.name)
      expect(service?.labels).toMatchObject({
        'mart.function': source.name,
        'mart.metrics': 'true',
      })
    }
  })

  it('runs PostgreSQL 16 or 17 with a volume, a healthcheck and the mart user and database', () => {
    const postgres = serviceNamed('postgres')
    expect(postgres.image).toMatch(/^postgres:1[67]\b/)
    expect(postgres.healthcheck).toBeDefined()
    expect(mountsOf(postgres).some((mount) => mount.target === '/var/lib/postgresql/data')).toBe(
      true,
    )
    expect(environmentOf(postgres)).toMatchObject({ POSTGRES_USER: 'mart', POSTGRES_DB: 'mart' })
  })

  it('runs the Kafka version the tests run (scripts/kafka), from the Apache image', () => {
    const pom = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(read('scripts/kafka/pom.xml'))
    const script = /^readonly DEFAULT_KAFKA_VERSION=(\S+)$/m.exec(read('scripts/kafka/kafka.sh'))
    expect(script?.[1], 'kafka.sh and pom.xml name one version').toBe(pom?.[1])
    expect(serviceNamed('kafka').image).toBe(`apache/kafka:${pom?.[1]}`)
  })

  it('runs Kafka as one KRaft broker and controller, every internal topic on one replica', () => {
    const kafka = serviceNamed('kafka')
    expect(kafka.healthcheck).toBeDefined()
    const environment = environmentOf(kafka)
    expect(environment).toMatchObject({
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: '1',
    })
    expect(environment.CLUSTER_ID, 'the image formats its storage with CLUSTER_ID').toBeTruthy()
    expect(environment.KAFKA_ZOOKEEPER_CONNECT).toBeUndefined()
    const controllerListener = environment.KAFKA_LISTENERS?.split(',').find((listener) =>
      listener.startsWith(`${environment.KAFKA_CONTROLLER_LISTENER_NAMES}://`),
    )
    const controllerPort = /:(\d+)$/.exec(controllerListener ?? '')?.[1]
    expect(environment.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(
      `${environment.KAFKA_NODE_ID}@kafka:${controllerPort}`,
    )
  })

  it('runs migrate from the admin target once PostgreSQL is healthy', () => {
    const migrate = serviceNamed('migrate')
    expect(migrate.build?.target).toBe('admin')
    expect(commandOf(migrate)).toEqual(['migrate'])
    expect(dependenciesOf(migrate)).toMatchObject({ postgres: 'service_healthy' })
  })

  it('renders Kong config with kong-config into a volume that Kong reads, DB-less', () => {
    const kongConfig = serviceNamed('kong-config')
    expect(kongConfig.build?.target).toBe('admin')
    const command = commandOf(kongConfig)
    expect(command[0]).toBe('kong:config')
    const out = command[command.indexOf('--out') + 1] ?? ''
    const writtenTo = mountsOf(kongConfig).find((mount) => out.startsWith(`${mount.target}/`))
    expect(
      writtenTo && isNamedVolume(writtenTo.source),
      `kong-config writes ${out} into a named volume`,
    ).toBe(true)

    const kong = serviceNamed('kong')
    expect(kong.image).toMatch(/^kong:3\.9\b/)
    const environment = environmentOf(kong)
    expect(environment.KONG_DATABASE).toBe('off')
    const readFrom = mountsOf(kong).find((mount) => mount.source === writtenTo?.source)
    expect(readFrom, 'kong mounts the kong-config volume').toBeDefined()
    expect(environment.KONG_DECLARATIVE_CONFIG).toBe(
      posix.join(readFrom?.target ?? '', posix.relative(writtenTo?.target ?? '', out)),
    )
    expect(environment.KONG_STATUS_LISTEN).toMatch(/:8100$/)
    const ports = (kong.ports ?? []).map((port) => withDefaults(String(port)))
    expect(
      ports.some((port) => /(^|:)8000:8000$/.test(port)),
      'proxy on host port 8000',
    ).toBe(true)
    expect(dependenciesOf(kong)).toMatchObject({ 'kong-config': 'service_completed_successfully' })
  })

  it('has a healthcheck on every observability service, each waiting for the healthy ones it reads', () => {
    const observability = services.filter(
      (entry) => entry.file.path === 'compose/observability.yml',
    )
    expect(observability.map((entry) => entry.name).sort()).toEqual(
      ['alloy', 'docker-socket-proxy', 'grafana', 'loki', 'prometheus'].sort(),
    )
    for (const { name, service } of observability) {
      expect(service.healthcheck, `${name} healthcheck`).toBeDefined()
      for (const [target, condition] of Object.entries(dependenciesOf(service))) {
        expect(condition, `${name} waits for ${target}`).toBe('service_healthy')
      }
    }
    expect(dependenciesOf(serviceNamed('grafana'))).toEqual({
      prometheus: 'service_healthy',
      loki: 'service_healthy',
    })
    expect(dependenciesOf(serviceNamed('alloy'))).toMatchObject({ loki: 'service_healthy' })
  })

  it('takes every required variable from .env, documented in .env.example', () => {
    const required = new Set(
      files.flatMap((file) =>
        [...read(file.path).matchAll(/\$\{(\w+):\?/g)].map((match) => match[1] ?? ''),
      ),
    )
    const example = read('.env.example')
    for (const variable of required) expect(example).toMatch(new RegExp(`^${variable}=`, 'm'))
  })
})

// ---------------------------------------------------------------------------------------------
// Metrics, dashboards and logs

const RelabelConfig = z.looseObject({
  source_labels: z.array(z.string()).optional(),
  target_label: z.string().optional(),
  action: z.string().optional(),
  regex: z.string().optional(),
})
const PrometheusConfig = z.looseObject({
  rule_files: z.array(z.string()).optional(),
  scrape_configs: z.array(
    z.looseObject({
      job_name: z.string(),
      metrics_path: z.string().optional(),
      static_configs: z.array(z.looseObject({ targets: z.array(z.string()) })).optional(),
      docker_sd_configs: z
        .array(
          z.looseObject({
            host: z.string(),
            port: z.number().optional(),
            filters: z
              .array(z.looseObject({ name: z.string(), values: z.array(z.string()) }))
              .optional(),
          }),
        )
        .optional(),
      relabel_configs: z.array(RelabelConfig).optional(),
    }),
  ),
})

describe('docker compose up --scale <deployable>=N', () => {
  const { services } = loadComposeProject('docker-compose.yml')
  const deployableServices = services.filter((entry) => entry.file.path === 'compose/functions.yml')
  const kongEnvironment = environmentOf(
    services.find((entry) => entry.name === 'kong')?.service ?? {},
  )

  it('can run many replicas of every deployable: no fixed container name, host name or host port', async () => {
    expect(deployableServices.map((entry) => entry.name).sort()).toEqual(
      (await deployables()).map((source) => source.name).sort(),
    )
    for (const { name, service } of deployableServices) {
      expect(service, name).not.toHaveProperty('container_name')
      expect(service, name).not.toHaveProperty('hostname')
      expect(service.ports, `${name} publishes no port`).toBeUndefined()
    }
  })

  it('has Kong reach every replica: upstreams are service names, re-resolved within seconds', () => {
    const kong = readYaml(
      'kong/kong.yml',
      z.looseObject({ services: z.array(z.looseObject({ name: z.string(), url: z.string() })) }),
    )
    const names = new Set(deployableServices.map((entry) => entry.name))
    for (const service of kong.services) {
      expect(names.has(new URL(service.url).hostname), `${service.name} → ${service.url}`).toBe(
        true,
      )
    }
    expect(Number(kongEnvironment.KONG_DNS_VALID_TTL)).toBeGreaterThan(0)
    expect(Number(kongEnvironment.KONG_DNS_VALID_TTL)).toBeLessThanOrEqual(10)
  })

  it('labels every replica with its deployable (Prometheus: compose-scale.test.ts)', () => {
    for (const { name, service } of deployableServices) {
      expect(service.labels, name).toMatchObject({ 'mart.function': name, 'mart.metrics': 'true' })
    }
  })
})

describe('compose/prometheus/prometheus.yml', () => {
  const config = readYaml('compose/prometheus/prometheus.yml', PrometheusConfig)
  const dockerJobs = config.scrape_configs.filter((job) => job.docker_sd_configs)

  it('discovers function containers by the mart.metrics=true label, on port 8080', () => {
    expect(dockerJobs).toHaveLength(1)
    const [sd] = dockerJobs[0]?.docker_sd_configs ?? []
    expect(sd?.filters).toContainEqual({ name: 'label', values: ['mart.metrics=true'] })
    expect(sd?.port).toBe(8080)
  })

  it('labels every function target fn=<mart.function>', () => {
    expect(dockerJobs[0]?.relabel_configs).toContainEqual(
      expect.objectContaining({
        source_labels: ['__meta_docker_container_label_mart_function'],
        target_label: 'fn',
      }),
    )
  })

  it('scrapes the Kong status API on :8100/metrics', () => {
    const kong = config.scrape_configs.find((job) => job.job_name === 'kong')
    expect(kong?.static_configs?.flatMap((targets) => targets.targets)).toContain('kong:8100')
    expect(kong?.metrics_path ?? '/metrics').toBe('/metrics')
  })

  it('is the configuration the prometheus service mounts', () => {
    const { services } = loadComposeProject('docker-compose.yml')
    const prometheus = services.find((entry) => entry.name === 'prometheus')
    expect(prometheus && mountsOf(prometheus.service)).toContainEqual({
      source: './prometheus/prometheus.yml',
      target: '/etc/prometheus/prometheus.yml',
    })
  })

  it('loads the alert rules from beside itself, where the prometheus service mounts them', () => {
    const { services } = loadComposeProject('docker-compose.yml')
    const prometheus = services.find((entry) => entry.name === 'prometheus')
    const mounts = prometheus ? mountsOf(prometheus.service) : []
    expect(config.rule_files?.length).toBeGreaterThan(0)
    for (const rules of config.rule_files ?? []) {
      expect(posix.isAbsolute(rules), `${rules} is relative to prometheus.yml`).toBe(false)
      expect(mounts).toContainEqual({
        source: `./prometheus/${rules}`,
        target: posix.join('/etc/prometheus', rules),
      })
    }
  })

  it('has Kong export metrics: the generated kong.yml enables the prometheus plugin', () => {
    const kong = readYaml(
      'kong/kong.yml',
      z.looseObject({ plugins: z.array(z.looseObject({ name: z.string() })) }),
    )
    expect(kong.plugins.map((plugin) => plugin.name)).toContain('prometheus')
  })
})

const Datasources = z.looseObject({
  apiVersion: z.literal(1),
  datasources: z.array(
    z.looseObject({ name: z.string(), uid: z.string(), type: z.string(), url: z.string() }),
  ),
})
const DashboardProviders = z.looseObject({
  apiVersion: z.literal(1),
  providers: z.array(
    z.looseObject({
      name: z.string(),
      type: z.literal('file'),
      options: z.looseObject({ path: z.string() }),
    }),
  ),
})
const DatasourceRef = z.looseObject({ type: z.string(), uid: z.string() })
const Panel = z.looseObject({
  title: z.string(),
  type: z.string(),
  datasource: DatasourceRef.optional(),
  targets: z
    .array(z.looseObject({ expr: z.string(), datasource: DatasourceRef.optional() }))
    .optional(),
})
const Dashboard = z.looseObject({ uid: z.string(), title: z.string(), panels: z.array(Panel) })

describe('compose/grafana', () => {
  const datasources = readYaml(
    'compose/grafana/provisioning/datasources/datasources.yml',
    Datasources,
  )
  const providers = readYaml(
    'compose/grafana/provisioning/dashboards/dashboards.yml',
    DashboardProviders,
  )
  const dashboard = readJson('compose/grafana/dashboards/imtiaz-mart.json', Dashboard)
  const expressions = dashboard.panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => target.expr),
  )

  it('provisions Prometheus and Loki datasources with fixed uids', () => {
    const types = datasources.datasources.map((datasource) => datasource.type)
    expect(types).toContain('prometheus')
    expect(types).toContain('loki')
  })

  it('loads dashboards from the folder the grafana service mounts', () => {
    const { services } = loadComposeProject('docker-compose.yml')
    const grafana = services.find((entry) => entry.name === 'grafana')
    const mounted = grafana ? mountsOf(grafana.service) : []
    expect(mounted).toContainEqual({
      source: './grafana/provisioning',
      target: '/etc/grafana/provisioning',
    })
    for (const provider of providers.providers) {
      expect(mounted).toContainEqual({
        source: './grafana/dashboards',
        target: provider.options.path,
      })
    }
  })

  it('charts request rate, p95 latency and 5xx rate per fn from http_request_duration_seconds', () => {
    const perFn = expressions.filter(
      (expr) => expr.includes('http_request_duration_seconds') && /by \(fn\b/.test(expr),
    )
    expect(
      perFn.some((expr) => /rate\(http_request_duration_seconds_count\{[^}]*\}\[/.test(expr)),
    ).toBe(true)
    expect(
      perFn.some((expr) =>
        /histogram_quantile\(0\.95,.*http_request_duration_seconds_bucket/.test(expr),
      ),
    ).toBe(true)
    expect(perFn.some((expr) => /status=~"5\.\."/.test(expr))).toBe(true)
  })

  it("charts Kong's own metrics", () => {
    expect(expressions.some((expr) => expr.includes('kong_http_requests_total'))).toBe(true)
  })

  it('uses only the provisioned datasources', () => {
    const uids = datasources.datasources.map((datasource) => datasource.uid)
    for (const panel of dashboard.panels) {
      for (const ref of [
        panel.datasource,
        ...(panel.targets ?? []).map((target) => target.datasource),
      ]) {
        if (ref) expect(uids, `panel ${panel.title}`).toContain(ref.uid)
      }
    }
  })
})

describe('compose/logging', () => {
  const alloy = read('compose/logging/config.alloy')

  it('has a Loki config that parses', () => {
    const loki = readYaml(
      'compose/logging/loki.yml',
      z.looseObject({ server: z.looseObject({ http_listen_port: z.number() }) }),
    )
    expect(alloy).toContain(`http://loki:${loki.server.http_listen_port}/loki/api/v1/push`)
  })

  it('collects container stdout through Docker discovery and keeps fn from the function label', () => {
    expect(alloy).toMatch(/discovery\.docker\s+"/)
    expect(alloy).toMatch(/loki\.source\.docker\s+"/)
    expect(alloy).toContain('__meta_docker_container_label_mart_function')
    expect(alloy).toMatch(/target_label\s*=\s*"fn"/)
  })

  it('takes a line’s timestamp from its `time`, in the unit the functions’ logger writes', () => {
    const lines = new LogLines()
    const before = Date.now()
    createLogger({ level: 'info', destination: lines.stream }).info('hello')
    const { time } = lines.entries[0] ?? {}
    expect(time).toBeGreaterThanOrEqual(before)
    expect(time).toBeLessThanOrEqual(Date.now())
    expect(alloy).toMatch(/stage\.timestamp\s*\{\s*source\s*=\s*"time"\s*format\s*=\s*"UnixMs"/)
  })

  it('parses the JSON lines: level as a label, requestId as structured metadata', () => {
    expect(alloy).toMatch(/stage\.json\s*\{[^}]*requestId/)
    expect(alloy).toMatch(/stage\.labels\s*\{[^}]*level/)
    expect(alloy).toMatch(/stage\.structured_metadata\s*\{[^}]*requestId/)
  })
})

// ---------------------------------------------------------------------------------------------
// Dev container, workflows, secrets

const DevContainer = z.looseObject({
  dockerComposeFile: z.array(z.string()),
  service: z.string(),
  runServices: z.array(z.string()),
  workspaceFolder: z.string(),
  forwardPorts: z.array(z.union([z.number(), z.string()])),
  postCreateCommand: z.string(),
  customizations: z.looseObject({ vscode: z.looseObject({ extensions: z.array(z.string()) }) }),
})

describe('.devcontainer', () => {
  const devContainer = readJson('.devcontainer/devcontainer.json', DevContainer)
  const files = devContainer.dockerComposeFile.map((file) => {
    const path = posix.join('.devcontainer', file)
    return { path, compose: readYaml(path, ComposeFile) }
  })
  // Compose resolves every relative path from the folder of the first file.
  const projectDir = join(repoRoot, dirname(files[0]?.path ?? ''))
  const servicesIn = (path: string) =>
    Object.keys(files.find((file) => file.path === path)?.compose.services ?? {})
  const override = files.at(-1)
  const workspace = override?.compose.services?.[devContainer.service]
  if (!workspace) throw new Error(`no service ${devContainer.service} in the dev container files`)
  const environment = environmentOf(workspace)

  it('runs on a Node 24 image', () => {
    expect(workspace.image).toMatch(/(typescript-node|javascript-node|node):(\d+-)?24\b/)
  })

  it('runs PostgreSQL and Kafka from compose/infra.yml, with no copies of its own', () => {
    expect(files.map((file) => file.path)).toEqual([
      'compose/infra.yml',
      '.devcontainer/compose.yml',
    ])
    expect(servicesIn('.devcontainer/compose.yml')).toEqual([devContainer.service])
    expect(servicesIn('compose/infra.yml')).toEqual(expect.arrayContaining(['postgres', 'kafka']))
    expect(devContainer.runServices.sort()).toEqual(
      ['kafka', 'postgres', devContainer.service].sort(),
    )
    expect(dependenciesOf(workspace)).toEqual({
      postgres: 'service_healthy',
      kafka: 'service_healthy',
    })
  })

  it('points the tests and npm start at those services, as the function containers see them', () => {
    const infra = loadComposeProject('docker-compose.yml').services
    const postgres = environmentOf(infra.find((entry) => entry.name === 'postgres')?.service ?? {})
    const database = new URL(withDefaults(environment.DATABASE_URL ?? ''))
    expect(database.hostname).toBe('postgres')
    expect(database.username).toBe(postgres.POSTGRES_USER)
    expect(decodeURIComponent(database.password)).toBe(
      withDefaults(postgres.POSTGRES_PASSWORD ?? ''),
    )
    expect(database.pathname).toBe(`/${postgres.POSTGRES_DB}`)
    expect(environment.KAFKA_BROKERS).toBe('kafka:9092')
  })

  it('mounts the repository as the workspace folder', () => {
    const mount = mountsOf(workspace).find(
      (candidate) => candidate.target === devContainer.workspaceFolder,
    )
    expect(mount && join(projectDir, mount.source)).toBe(repoRoot.replace(/\/$/, ''))
  })

  it('forwards the mart and installs what the tests need, as .ci/run does', () => {
    expect(devContainer.forwardPorts).toContain(8000)
    expect(devContainer.postCreateCommand).toBe('bash scripts/install-test-tools.sh && npm ci')
  })

  it('recommends the Biome, Vitest and Cucumber extensions', () => {
    expect(devContainer.customizations.vscode.extensions).toEqual(
      expect.arrayContaining([
        'biomejs.biome',
        'vitest.explorer',
        'CucumberOpen.cucumber-official',
      ]),
    )
  })
})

const Step = z.looseObject({
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
})
const Workflow = z.looseObject({
  on: z.record(z.string(), z.unknown()),
  jobs: z.record(
    z.string(),
    z.looseObject({
      if: z.string().optional(),
      needs: z.union([z.string(), z.array(z.string())]).optional(),
      services: z.record(z.string(), z.looseObject({ image: z.string() })).optional(),
      strategy: z.looseObject({ matrix: z.record(z.string(), z.unknown()) }).optional(),
      steps: z.array(Step),
    }),
  ),
})

describe('.github/workflows/ci.yml', () => {
  const ci = readYaml('.github/workflows/ci.yml', Workflow)
  const jobs = Object.values(ci.jobs)
  const testJob = jobs.find((job) => job.steps.some((step) => step.run?.trim() === 'bash .ci/run'))

  it('runs on every push and pull request', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
  })

  it('runs `bash .ci/run` on Node 24 with PostgreSQL and Java 17', () => {
    expect(testJob).toBeDefined()
    expect(testJob?.strategy?.matrix.node).toEqual(expect.arrayContaining([24]))
    expect(Object.values(testJob?.services ?? {}).map((service) => service.image)).toContainEqual(
      expect.stringMatching(/^postgres:/),
    )
    const java = testJob?.steps.find((step) => step.uses?.startsWith('actions/setup-java@'))
    expect(String(java?.with?.['java-version'])).toBe('17')
  })

  it("has Docker check the project's and the dev container's compose files", () => {
    const runs = jobs.flatMap((job) => job.steps.map((step) => step.run ?? ''))
    expect(runs).toContain('docker compose config --quiet')
    const { dockerComposeFile } = readJson('.devcontainer/devcontainer.json', DevContainer)
    const files = dockerComposeFile.map((file) => `--file ${posix.join('.devcontainer', file)}`)
    expect(runs).toContain(`docker compose ${files.join(' ')} config --quiet`)
  })
})

describe('.github/workflows/deploy.yml', () => {
  const deploy = readYaml('.github/workflows/deploy.yml', Workflow)
  const steps = Object.values(deploy.jobs).flatMap((job) => job.steps)
  const jobNamed = (name: string) => {
    const job = deploy.jobs[name]
    if (!job) throw new Error(`deploy.yml has no job ${name}`)
    return job
  }
  const needsOf = (name: string) => [jobNamed(name).needs ?? []].flat()
  const runOf = (name: string) =>
    jobNamed(name)
      .steps.map((step) => step.run ?? '')
      .join('\n')

  it('runs on pushes to main', () => {
    expect(deploy.on.push).toMatchObject({ branches: ['main'] })
  })

  it('plans from the last successful deploy to the environment: the tag deployed/<environment>', () => {
    expect(runOf('changes')).toMatch(/npx tsx scripts\/changed-functions\.ts "\$BASE"/)
    expect(runOf('changes')).toContain('refs/tags/deployed/$DEPLOY_ENVIRONMENT^{commit}')
    expect(runOf('record')).toMatch(
      /git tag --force "deployed\/\$DEPLOY_ENVIRONMENT" "\$GITHUB_SHA"/,
    )
    expect(runOf('record')).toContain(
      'git push --force origin "refs/tags/deployed/$DEPLOY_ENVIRONMENT"',
    )
  })

  it('moves the tag only after every other job, and only when none failed or was cancelled', () => {
    const others = Object.keys(deploy.jobs).filter((name) => name !== 'record')
    expect(needsOf('record').sort()).toEqual(others.sort())
    const condition = jobNamed('record').if ?? ''
    expect(condition).toContain("!contains(needs.*.result, 'failure')")
    expect(condition).toContain("!contains(needs.*.result, 'cancelled')")
    expect(condition).toContain("needs.prepare.result == 'success'")
  })

  it('builds and pushes one image per deployable to roll, skipping an empty list', () => {
    const matrixJobs = Object.values(deploy.jobs).filter((job) => job.strategy?.matrix.function)
    expect(matrixJobs.length).toBeGreaterThan(0)
    for (const job of matrixJobs) {
      expect(String(job.strategy?.matrix.function)).toMatch(
        /fromJSON\(needs\.changes\.outputs\.deploy\)/,
      )
      expect(job.if).toMatch(/deploy != '\[\]'/)
    }
    const builds = steps.filter((step) => step.uses?.startsWith('docker/build-push-action@'))
    const functionBuild = builds.find(
      (step) => step.with?.['build-args'] === `FUNCTION=\${{ matrix.function }}`,
    )
    expect(functionBuild?.with?.push).toBe(true)
    expect(String(functionBuild?.with?.tags)).toMatch(
      /\/\$\{\{ matrix\.function \}\}:\$\{\{ github\.sha \}\}/,
    )
    expect(String(functionBuild?.with?.tags)).toMatch(/\/\$\{\{ matrix\.function \}\}:latest/)
  })

  it('migrates, then creates the topics, before any deployable rolls', () => {
    const prepare = runOf('prepare')
    expect(prepare).toMatch(/docker compose run --rm migrate\n/)
    expect(prepare).toMatch(/docker compose run [^\n]*KAFKA_BROKERS=kafka:9092[^\n]* kafka:topics/)
    expect(prepare.indexOf('kafka:topics')).toBeGreaterThan(prepare.indexOf('run --rm migrate'))
    expect(needsOf('deploy')).toContain('prepare')
  })

  it('replaces only the changed deployable on the host, keeping its number of replicas', () => {
    const run = runOf('deploy').replaceAll('\\\n', ' ')
    expect(run).toMatch(/docker compose pull "\$4"/)
    expect(run).toMatch(/replicas=\$\(docker compose ps --quiet "\$4" \| wc -l\)/)
    expect(run).toMatch(
      /docker compose up [^\n]*--no-deps[^\n]*--scale "\$4=[^\n]*replicas[^\n]*"\$4"/,
    )
  })

  it('removes the containers of deleted functions after Kong stopped routing to them', () => {
    expect(jobNamed('retire').if).toContain("needs.changes.outputs.remove != '[]'")
    expect(needsOf('retire')).toEqual(expect.arrayContaining(['deploy', 'gateway']))
    expect(runOf('retire')).toContain('docker compose ps --all --orphans')
    expect(runOf('retire')).toMatch(/docker rm --force/)
  })

  it('checks out the repository before using its own deploy-host action', () => {
    for (const [name, job] of Object.entries(deploy.jobs)) {
      const usesAction = job.steps.findIndex(
        (step) => step.uses === './.github/actions/deploy-host',
      )
      if (usesAction === -1) continue
      const checkout = job.steps.findIndex((step) => step.uses?.startsWith('actions/checkout@'))
      expect(checkout, `${name} checks out first`).toBeGreaterThanOrEqual(0)
      expect(checkout).toBeLessThan(usesAction)
    }
  })
})

describe('.env.example', () => {
  const example = read('.env.example')

  it('names the token keys, with placeholders only: no private key material', () => {
    expect(example).toMatch(/^AUTH_SIGNING_KEY=/m)
    expect(example).toMatch(/^AUTH_JWKS=/m)
    expect(example).not.toMatch(/"d"\s*:/)
    expect(example).not.toMatch(/PRIVATE KEY/)
  })
})
