/**
 * Metrics per replica under `docker compose up --scale <function>=N`, checked with a real
 * Prometheus running the `functions` job of compose/prometheus/prometheus.yml. Docker is not
 * available here, so the one thing that job talks to, the Docker Engine API, is stood in for
 * by a small server answering as Docker does for a project with two replicas of one function,
 * one of the relay and one container that is not a function.
 */

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { z } from 'zod'
import { eventually } from '#shared/testing'
import { repoRoot } from './registry.ts'
import { type RunningPrometheus, startPrometheus } from './testing/prometheus.ts'

const NETWORK = { Id: 'f0e1d2c3b4a5', Name: 'imtiaz-mart_default' }

const ServiceLabels = z.object({
  services: z.record(z.string(), z.object({ labels: z.record(z.string(), z.string()) })),
})

interface Container {
  service: string
  replica: number
  ip: string
  labels: Record<string, string>
}

/** A container as `GET /containers/json` describes it. */
function describeContainer({ service, replica, ip, labels }: Container) {
  return {
    Id: `${service}-${replica}`.padEnd(64, '0'),
    Names: [`/imtiaz-mart-${service}-${replica}`],
    Image: `imtiaz-mart/${service}:dev`,
    Labels: {
      ...labels,
      'com.docker.compose.project': 'imtiaz-mart',
      'com.docker.compose.service': service,
      'com.docker.compose.container-number': String(replica),
    },
    Ports: [{ PrivatePort: 8080, Type: 'tcp' }],
    State: 'running',
    HostConfig: { NetworkMode: NETWORK.Name },
    NetworkSettings: {
      Networks: { [NETWORK.Name]: { NetworkID: NETWORK.Id, IPAddress: ip } },
    },
  }
}

/** Docker's filter `{"label": {"key=value": true}}`: containers carrying every such label. */
function matchesFilters(container: Container, filters: string | null): boolean {
  const wanted = Object.keys(
    z
      .object({ label: z.record(z.string(), z.boolean()).optional() })
      .parse(JSON.parse(filters ?? '{}')).label ?? {},
  )
  return wanted.every((pair) => {
    const [key = '', value] = pair.split('=')
    return value === undefined ? key in container.labels : container.labels[key] === value
  })
}

/** The endpoints Prometheus's Docker discovery calls: /_ping, the containers, the networks. */
function dockerEngineApi(containers: Container[]): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://docker')
    response.setHeader('Api-Version', '1.41')
    response.setHeader('Content-Type', 'application/json')
    if (url.pathname === '/_ping') return response.end('OK')
    if (/^\/v[\d.]+\/containers\/json$/.test(url.pathname)) {
      const listed = containers.filter((container) =>
        matchesFilters(container, url.searchParams.get('filters')),
      )
      return response.end(JSON.stringify(listed.map(describeContainer)))
    }
    if (/^\/v[\d.]+\/networks$/.test(url.pathname)) {
      return response.end(
        JSON.stringify([
          { ...NETWORK, Scope: 'local', Internal: false, Ingress: false, Labels: {} },
        ]),
      )
    }
    response.statusCode = 404
    response.end(JSON.stringify({ message: `no ${url.pathname} here` }))
  })
}

const ScrapeConfigs = z.looseObject({
  scrape_configs: z.array(
    z.looseObject({
      job_name: z.string(),
      docker_sd_configs: z.array(z.looseObject({ host: z.string() })).optional(),
    }),
  ),
})

const Targets = z.object({
  activeTargets: z.array(
    z.object({ labels: z.record(z.string(), z.string()), scrapeUrl: z.string() }),
  ),
})

describe('docker compose up --scale: Prometheus scrapes every replica', () => {
  let docker: Server
  let prometheus: RunningPrometheus | undefined
  let folder = ''

  beforeAll(async () => {
    const { services } = ServiceLabels.parse(
      parse(await readFile(join(repoRoot, 'compose/functions.yml'), 'utf8')),
    )
    const labelsOf = (service: string) => services[service]?.labels ?? {}
    docker = dockerEngineApi([
      {
        service: 'catalog-list-products',
        replica: 1,
        ip: '172.18.0.11',
        labels: labelsOf('catalog-list-products'),
      },
      {
        service: 'catalog-list-products',
        replica: 2,
        ip: '172.18.0.12',
        labels: labelsOf('catalog-list-products'),
      },
      { service: 'outbox-relay', replica: 1, ip: '172.18.0.13', labels: labelsOf('outbox-relay') },
      { service: 'grafana', replica: 1, ip: '172.18.0.14', labels: {} },
    ])
    await new Promise<void>((resolve) => docker.listen(0, '127.0.0.1', resolve))
    const address = docker.address()
    if (typeof address !== 'object' || !address) throw new Error('the Docker stand-in has no port')

    // The compose config's own job, pointed at the stand-in instead of docker-socket-proxy.
    const config = ScrapeConfigs.parse(
      parse(await readFile(join(repoRoot, 'compose/prometheus/prometheus.yml'), 'utf8')),
    )
    const jobs = config.scrape_configs
      .filter((job) => job.docker_sd_configs)
      .map((job) => ({
        ...job,
        docker_sd_configs: job.docker_sd_configs?.map((sd) => ({
          ...sd,
          host: `http://127.0.0.1:${address.port}`,
        })),
      }))
    folder = await mkdtemp(join(tmpdir(), 'mart-compose-scale-'))
    const configFile = join(folder, 'prometheus.yml')
    await writeFile(configFile, stringify({ scrape_configs: jobs }))
    prometheus = await startPrometheus(configFile)
  }, 60_000)

  afterAll(async () => {
    await prometheus?.stop()
    await new Promise((resolve) => docker?.close(resolve))
    await rm(folder, { recursive: true, force: true })
  })

  it('has one target per container, instance = the container, fn = the function', async () => {
    const targets = await eventually(
      async () => {
        const answer = await prometheus?.api('targets', { state: 'active' })
        const { activeTargets } = Targets.parse(answer?.data)
        return activeTargets.length >= 3 ? activeTargets : undefined
      },
      { timeoutMs: 30_000, everyMs: 250, what: 'Prometheus discovering the containers' },
    )
    const seen = targets
      .map(({ labels, scrapeUrl }) => ({ fn: labels.fn, instance: labels.instance, scrapeUrl }))
      .sort((a, b) => (a.instance ?? '').localeCompare(b.instance ?? ''))
    expect(seen).toEqual([
      {
        fn: 'catalog-list-products',
        instance: 'imtiaz-mart-catalog-list-products-1',
        scrapeUrl: 'http://172.18.0.11:8080/metrics',
      },
      {
        fn: 'catalog-list-products',
        instance: 'imtiaz-mart-catalog-list-products-2',
        scrapeUrl: 'http://172.18.0.12:8080/metrics',
      },
      {
        fn: 'outbox-relay',
        instance: 'imtiaz-mart-outbox-relay-1',
        scrapeUrl: 'http://172.18.0.13:8080/metrics',
      },
    ])
  })
})
