import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { z } from 'zod'
import { createRuntime } from '#shared/http'
import { createLogger } from '#shared/observability'
import { eventually, jsonRequest } from '#shared/testing'
import { writePrometheusTargets } from './host/prometheus-targets.ts'
import { repoRoot } from './registry.ts'
import { createScheduleMetrics, type Scheduler, startScheduler } from './schedule/index.ts'
import { type Listening, serveHost } from './serve.ts'
import everySecond from './testing/every-second.ts'
import { type HostUnderTest, sendToHost, startHostUnderTest } from './testing/host.ts'
import { promtool, type RunningPrometheus, startPrometheus } from './testing/prometheus.ts'
import { metricNamesIn, sampleNamesIn } from './testing/promql.ts'

/**
 * The Grafana dashboard and the alert rules against the mart itself: promtool checks the
 * configs and fires each alert on made-up series; then the local host (what `npm start` runs,
 * here with Kafka) takes requests and events, one of them dead-lettered, while a real
 * Prometheus scrapes it through the file-based discovery that `npm start` writes. Every metric
 * a panel or a rule reads must be on some /metrics, and Prometheus must see what a user would.
 */

const PROMETHEUS_DIR = join(repoRoot, 'compose', 'prometheus')
const DASHBOARD = join(repoRoot, 'compose', 'grafana', 'dashboards', 'imtiaz-mart.json')

// Series that no function serves: Prometheus makes `up` for every target, and Kong's status API
// exports these (Kong's prometheus plugin; the local gateway copies only its request counter and
// latency histogram), which needs a Kong this machine does not have.
const PROMETHEUS_OWN = new Set(['up'])
const KONG_OWN = new Set([
  'kong_upstream_latency_ms_bucket',
  'kong_kong_latency_ms_bucket',
  'kong_nginx_connections_total',
])

const Dashboard = z.object({
  templating: z.object({
    list: z.array(
      z.object({ name: z.string(), query: z.union([z.string(), z.object({ query: z.string() })]) }),
    ),
  }),
  panels: z.array(
    z.object({
      title: z.string(),
      targets: z
        .array(z.object({ expr: z.string(), datasource: z.object({ type: z.string() }) }))
        .optional(),
    }),
  ),
})
const RuleFile = z.object({
  groups: z.array(z.object({ rules: z.array(z.object({ alert: z.string(), expr: z.string() })) })),
})

interface Query {
  where: string
  expr: string
}

async function dashboardQueries(): Promise<Query[]> {
  const dashboard = Dashboard.parse(JSON.parse(await readFile(DASHBOARD, 'utf8')))
  return dashboard.panels.flatMap((panel) =>
    (panel.targets ?? [])
      .filter((target) => target.datasource.type === 'prometheus')
      .map((target) => ({ where: `panel "${panel.title}"`, expr: target.expr })),
  )
}

/** The metrics the dashboard's variables list values from: `label_values(metric, label)`. */
async function variableMetrics(): Promise<string[]> {
  const dashboard = Dashboard.parse(JSON.parse(await readFile(DASHBOARD, 'utf8')))
  return dashboard.templating.list.flatMap((variable) => {
    const query = typeof variable.query === 'string' ? variable.query : variable.query.query
    const metric = /^label_values\(\s*([A-Za-z_:][\w:]*)\s*,/.exec(query)?.[1]
    return metric ? [metric] : []
  })
}

async function alertRules(): Promise<Query[]> {
  const rules = RuleFile.parse(parse(await readFile(join(PROMETHEUS_DIR, 'alerts.yml'), 'utf8')))
  return rules.groups.flatMap((group) =>
    group.rules.map((rule) => ({ where: `alert ${rule.alert}`, expr: rule.expr })),
  )
}

/** A panel's query as Grafana sends it, with every function selected. */
function asGrafanaSends(expr: string): string {
  return expr.replaceAll('$__rate_interval', '1m').replaceAll('$fn', '.+')
}

describe('promtool', () => {
  it('passes the compose prometheus.yml, with the rule file beside it, as in the container', async () => {
    const checked = await promtool('check', 'config', join(PROMETHEUS_DIR, 'prometheus.yml'))
    expect(checked.output).toMatch(/SUCCESS: 1 rule files found/)
    expect(checked.code, checked.output).toBe(0)
  })

  it('passes npm-start.yml, the config of a Prometheus next to `npm start`', async () => {
    const checked = await promtool('check', 'config', join(PROMETHEUS_DIR, 'npm-start.yml'))
    expect(checked.code, checked.output).toBe(0)
  })

  it('passes the alert rules', async () => {
    const checked = await promtool('check', 'rules', join(PROMETHEUS_DIR, 'alerts.yml'))
    expect(checked.output).toMatch(/SUCCESS: 5 rules found/)
    expect(checked.code, checked.output).toBe(0)
  })

  it('fires each alert on the series that should raise it, and no other (alerts.test.yml)', async () => {
    const tested = await promtool('test', 'rules', join(PROMETHEUS_DIR, 'alerts.test.yml'))
    expect(tested.code, tested.output).toBe(0)
  })
})

describe('metricNamesIn()', () => {
  it('finds the metrics, not the functions, keywords, labels, strings, durations or variables', () => {
    expect(
      metricNamesIn(
        'histogram_quantile(0.95, sum by (fn, le) (rate(a_bucket{fn=~"$fn", x="b{c}"}[$__rate_interval])))' +
          ' / on (fn) group_left (domain) b offset 10m > bool 1e3 or time() - sum without (d) (c)',
      ).sort(),
    ).toEqual(['a_bucket', 'b', 'c'])
  })
})

describe('the dashboard and the alert rules on a running mart', () => {
  const log = createLogger({ level: 'silent' })
  let running: HostUnderTest
  let served: Listening
  let dir: string
  let prometheus: RunningPrometheus
  let scheduler: Scheduler
  let scheduledMetrics: () => Promise<string>

  const send = (path: string, init: RequestInit = {}) => sendToHost(running.host, path, init)
  const register = async (email: string) => {
    const answer = await send(
      '/auth/register',
      jsonRequest('POST', { email, password: 'a long passphrase', name: 'Olivia Ops' }),
    )
    expect(answer.status).toBe(201)
    return ((await answer.json()) as { id: string }).id
  }
  const hostMetrics = async () => (await send('/metrics')).text()

  beforeAll(async () => {
    running = await startHostUnderTest({
      databaseServerUrl: inject('databaseServerUrl'),
      templateDatabase: inject('templateDatabase'),
      kafkaBrokers: inject('kafkaBrokers'),
      name: 'observability',
      log,
    })
    served = await serveHost(running.host, { port: 0, hostname: '127.0.0.1' })
    dir = await mkdtemp(join(tmpdir(), 'mart-observability-'))

    // npm-start.yml as a developer runs it, pointed at this run's targets file, scraping every
    // second, with the rules by absolute path (the copy lives elsewhere).
    const targetsFile = join(dir, 'targets.json')
    await writePrometheusTargets(targetsFile, served.url)
    const config = parse(await readFile(join(PROMETHEUS_DIR, 'npm-start.yml'), 'utf8'))
    config.global = { scrape_interval: '1s', evaluation_interval: '1s' }
    config.rule_files = [join(PROMETHEUS_DIR, 'alerts.yml')]
    config.scrape_configs[0].file_sd_configs = [{ files: [targetsFile] }]
    const configFile = join(dir, 'prometheus.yml')
    await writeFile(configFile, stringify(config))
    prometheus = await startPrometheus(configFile)

    // A scheduled function as its container runs it: its own runtime and /metrics.
    const runtime = createRuntime({ sql: running.database.sql, log })
    scheduler = startScheduler({
      fn: everySecond,
      runtime,
      metrics: createScheduleMetrics(runtime.metrics.registry),
    })
    scheduledMetrics = () => runtime.metrics.registry.metrics()

    // Requests: accounts, a profile, the JWKS, and the probes and /metrics of one function app
    // as its container answers them (the host answers its own probes).
    const userId = await register(`ops-${Date.now()}@example.com`)
    const token = await running.host.runtime.auth.signAccessToken({ userId, role: 'customer' })
    expect(
      (await send('/users/me', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200)
    expect((await send('/.well-known/jwks.json')).status).toBe(200)
    const jwks = running.host.apps.get('users-get-jwks')
    for (const probe of ['/healthz', '/readyz', '/metrics']) {
      await jwks?.fetch(new Request(`http://localhost${probe}`))
    }

    // A welcome the handler cannot write (its table moved away): retried, then dead-lettered.
    await running.database.sql`alter table notifications.notifications rename to moved_away`
    await register(`ops-poisoned-${Date.now()}@example.com`)
    await eventually(
      async () =>
        (await hostMetrics()).includes(
          'event_dead_letters_total{fn="notifications-on-user-registered"}',
        )
          ? true
          : undefined,
      { what: 'the welcome dead-lettered' },
    )
    await running.database.sql`alter table notifications.moved_away rename to notifications`
    await eventually(
      async () => ((await hostMetrics()).includes('event_consumer_lag{') ? true : undefined),
      { what: 'the consumer lag read from Kafka' },
    )
    await eventually(
      async () => ((await scheduledMetrics()).includes('scheduled_runs_total{') ? true : undefined),
      { what: 'a scheduled run' },
    )
  }, 120_000)

  afterAll(async () => {
    await scheduler?.stop()
    await prometheus?.stop()
    await served?.close()
    await running?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it("reads only metrics that some function's /metrics serves", async () => {
    const served = sampleNamesIn(`${await hostMetrics()}\n${await scheduledMetrics()}`)
    const queries = [...(await dashboardQueries()), ...(await alertRules())]
    for (const metric of await variableMetrics())
      queries.push({ where: 'a variable', expr: metric })
    const unserved = queries.flatMap(({ where, expr }) =>
      metricNamesIn(expr)
        .filter((name) => !served.has(name) && !PROMETHEUS_OWN.has(name) && !KONG_OWN.has(name))
        .map((name) => `${where}: ${name}`),
    )
    expect(unserved).toEqual([])
    // The panels of the event functions, outbox and schedules are there to be checked.
    const read = new Set(queries.flatMap(({ expr }) => metricNamesIn(expr)))
    for (const metric of [
      'event_consumer_lag',
      'event_dead_letters_total',
      'event_parked_keys',
      'event_retries_total',
      'event_handler_duration_seconds_bucket',
      'event_end_to_end_seconds_bucket',
      'event_deliveries_in_flight',
      'outbox_pending_events',
      'outbox_oldest_pending_seconds',
      'scheduled_runs_total',
      'scheduled_run_last_timestamp_seconds',
    ]) {
      expect(read, metric).toContain(metric)
    }
  })

  it('is scraped by Prometheus through the targets file `npm start` writes: up is 1', async () => {
    const up = await eventually(
      async () => {
        const [sample] = await prometheus.query('up{job="functions"}')
        return sample?.value[1] === '1' ? sample : undefined
      },
      { what: 'up == 1 for the mart' },
    )
    expect(up.metric.instance).toBe(new URL(served.url).host)
  })

  it('gives Prometheus the request histogram of the traffic, per function and route', async () => {
    const selector =
      'http_request_duration_seconds_bucket{fn="users-register", route="/auth/register", status="201", le="+Inf"}'
    const [registered] = await eventually(
      async () => {
        const vector = await prometheus.query(`sum(${selector})`)
        return vector.length > 0 && Number(vector[0]?.value[1]) >= 2 ? vector : undefined
      },
      { what: 'both registrations in Prometheus' },
    )
    expect(Number(registered?.value[1])).toBe(2)
  })

  it('leaves the probes and /metrics out of the request panels', async () => {
    const probeSeries = await eventually(
      async () => {
        const series = await prometheus.series(
          'http_request_duration_seconds_count{fn="users-get-jwks", route=~"/healthz|/readyz|/metrics"}',
        )
        return series.length === 3 ? series : undefined
      },
      { what: 'the probes of users-get-jwks in Prometheus' },
    )
    expect(probeSeries.map((series) => series.route).sort()).toEqual([
      '/healthz',
      '/metrics',
      '/readyz',
    ])
    // Each selector of the request panels, its status matcher left out: the routes it keeps.
    const selectors = (await dashboardQueries()).flatMap(({ expr }) =>
      [...asGrafanaSends(expr).matchAll(/http_request_duration_seconds_\w+\{[^}]*\}/g)].map(
        (match) => match[0].replace(/,\s*status=~"[^"]*"/, ''),
      ),
    )
    expect(selectors.length).toBeGreaterThanOrEqual(4)
    for (const selector of selectors) {
      const routes = (await prometheus.series(selector))
        .filter((series) => series.fn === 'users-get-jwks')
        .map((series) => series.route)
      expect(routes, selector).toContain('/.well-known/jwks.json')
      expect(routes, selector).not.toContain('/healthz')
      expect(routes, selector).not.toContain('/readyz')
      expect(routes, selector).not.toContain('/metrics')
    }
  })

  it('has Prometheus accept every query of the dashboard', async () => {
    for (const { where, expr } of await dashboardQueries()) {
      const answer = await prometheus.api('query', { query: asGrafanaSends(expr) })
      expect(answer, where).toMatchObject({ status: 'success' })
    }
  })

  it('has Prometheus evaluate every rule without error, and alert on the dead letter', async () => {
    const rules = await eventually(
      async () => {
        const groups = await prometheus.rules()
        const all = groups.flatMap((group) => group.rules)
        return all.every((rule) => rule.health === 'ok') ? all : undefined
      },
      { what: 'every rule evaluated' },
    )
    expect(rules.map((rule) => rule.name).sort()).toEqual(
      (await alertRules()).map(({ where }) => where.replace('alert ', '')).sort(),
    )
    await eventually(
      async () =>
        (await prometheus.alerts()).find(
          (alert) =>
            alert.labels.alertname === 'EventDeadLettered' &&
            alert.labels.fn === 'notifications-on-user-registered' &&
            alert.state === 'firing',
        ),
      { what: 'EventDeadLettered firing for notifications-on-user-registered' },
    )
  })
})
