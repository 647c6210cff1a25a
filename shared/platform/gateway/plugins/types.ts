/** One request as it passes the local gateway's plugins. */
export interface GatewayExchange {
  request: Request
  clientIp: string
  serviceName: string
  routeName: string
  /**
   * Headers to add to the request sent upstream, by lower-case name. Plain maps: a `Headers`
   * validates every name and value it is given, which the gateway's own names do not need.
   */
  upstreamHeaders: Map<string, string>
  /** Headers to add to the response sent back, whoever answers, by lower-case name. */
  responseHeaders: Map<string, string>
  /** The body once read (for size limits), so it is read only once. */
  body?: ArrayBuffer
}

/**
 * A Kong plugin, re-implemented for the local gateway. `access` runs before the upstream and
 * may answer instead of it; plugins run by descending `priority`, as in Kong.
 */
export interface GatewayPlugin {
  name: string
  priority: number
  access?(exchange: GatewayExchange): Response | undefined | Promise<Response | undefined>
  /** After the response is known (from upstream or from a plugin). */
  log?(exchange: GatewayExchange, status: number, durationMs: number): void
}
