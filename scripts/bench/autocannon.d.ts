/** The part of autocannon's programmatic API the benchmarks and load scenarios use (it ships no types). */
declare module 'autocannon' {
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    /** Called before each request of a connection; returns the request to send. */
    setupRequest?: (request: Request) => Request
  }

  interface Options {
    url: string
    connections?: number
    duration?: number
    pipelining?: number
    headers?: Record<string, string>
    requests?: Request[]
    /** Seconds a request may take before it counts as a timeout (and an error). */
    timeout?: number
  }

  interface Histogram {
    average: number
    mean: number
    p50: number
    p99: number
    max: number
  }

  interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    /** Socket errors, timeouts included. */
    errors: number
    timeouts: number
    non2xx: number
    statusCodeStats: Record<string, { count: number }>
  }

  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
