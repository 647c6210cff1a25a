/**
 * The options of `npm run load -- <scenario>`: parsed by node:util parseArgs as the admin
 * runner's are, validated by zod; a bad one is a LoadUsageError naming it.
 */
import { parseArgs } from 'node:util'
import { z } from 'zod'

export const SCENARIOS = ['browse', 'accounts', 'mixed'] as const
export type ScenarioName = (typeof SCENARIOS)[number]

export class LoadUsageError extends Error {}

export const USAGE = `usage: npm run load -- <${SCENARIOS.join('|')}> [options]

  browse     product pages, searches and the category tree
  accounts   register, log in, read the profile
  mixed      both at once

options:
  --url URL            the mart (default http://localhost:8000, as \`npm start\` serves it)
  --serve              start a mart for this run instead: a fresh database (dropped after),
                       the gateway's limits per client raised so that they never refuse
  --duration SECONDS   how long to load it (default 10)
  --connections N      connections in all, shared among the endpoints (default 10)
  --products N         the demo catalog to seed first, as \`admin -- seed\` does (default 200)
  --users N            customers to register and log in first, through the API (default 8)
  --out FILE           where to write the run as JSON (default .data/load/<scenario>-<time>.json)
  --compare FILE       an earlier run's JSON: prints this run's ratios against it
`

const whole = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error })
}

export const LoadOptions = z.object({
  scenario: z.enum(SCENARIOS, { error: `must be one of ${SCENARIOS.join(', ')}` }),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('http://localhost:8000'),
  duration: whole(1, 3600).default(10),
  connections: whole(1, 1000).default(10),
  products: whole(1, 100_000).default(200),
  users: whole(1, 1000).default(8),
  out: z.string().min(1, { error: 'must name a file' }).optional(),
  compare: z.string().min(1, { error: 'must name a file' }).optional(),
  serve: z.boolean().default(false),
})
export type LoadOptions = z.infer<typeof LoadOptions>

/** The options of a command line, or 'help'; a LoadUsageError when they are wrong. */
export function parseLoadOptions(argv: string[]): LoadOptions | 'help' {
  let parsed: ReturnType<typeof parseLoadArgs>
  try {
    parsed = parseLoadArgs(argv)
  } catch (error) {
    throw new LoadUsageError(error instanceof Error ? error.message : String(error))
  }
  if (parsed.values.help) return 'help'
  const [scenario, ...extra] = parsed.positionals
  if (scenario === undefined) throw new LoadUsageError(`name a scenario: ${SCENARIOS.join(', ')}`)
  if (extra.length > 0) throw new LoadUsageError(`one scenario at a time, not ${extra.join(' ')}`)
  const { help: _help, ...values } = parsed.values
  if (values.serve && values.url !== undefined) {
    throw new LoadUsageError('--serve and --url: give one, the mart to start or the one to load')
  }
  const options = LoadOptions.safeParse({ scenario, ...values })
  if (options.success) return options.data
  const [issue] = options.error.issues
  const field = String(issue?.path[0] ?? '')
  throw new LoadUsageError(`${field === 'scenario' ? field : `--${field}`}: ${issue?.message}`)
}

function parseLoadArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      products: { type: 'string' },
      users: { type: 'string' },
      out: { type: 'string' },
      compare: { type: 'string' },
      serve: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
