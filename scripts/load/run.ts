/** Loads every endpoint of a scenario at once, one autocannon instance each, for its own numbers. */
import autocannon from 'autocannon'
import type { EndpointResult } from './report.ts'
import { type Endpoint, shareConnections } from './scenarios.ts'

/** How long a request may take before autocannon counts it as a timeout (and an error). */
const REQUEST_TIMEOUT_SECONDS = 10

async function loadEndpoint(
  url: string,
  endpoint: Endpoint,
  connections: number,
  durationSeconds: number,
): Promise<EndpointResult> {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests: [{ setupRequest: (request) => ({ ...request, ...endpoint.next() }) }],
  })
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
  )
  const failedAnswers = Object.entries(statusCodes)
    .filter(([status]) => Number(status) < 200 || Number(status) >= 400)
    .reduce((sum, [, count]) => sum + count, 0)
  return {
    endpoint: endpoint.name,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / durationSeconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: failedAnswers + result.errors,
    socketErrors: result.errors,
    statusCodes,
  }
}

export function loadEndpoints(
  url: string,
  endpoints: Endpoint[],
  { connections, durationSeconds }: { connections: number; durationSeconds: number },
): Promise<EndpointResult[]> {
  const shares = shareConnections(
    connections,
    endpoints.map((endpoint) => endpoint.weight),
  )
  return Promise.all(
    endpoints.map((endpoint, index) =>
      loadEndpoint(url, endpoint, shares[index] ?? 1, durationSeconds),
    ),
  )
}
