import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { findFunctionSources } from '../registry.ts'
import { buildFunction, deployables } from './bundle.ts'
import {
  type ChangeSet,
  deployPlan,
  deployPlanSince,
  FILES_THAT_REBUILD_ALL,
  FUNCTION_SERVICES_FILE,
  type FunctionBundle,
  type Services,
  servicesAt,
} from './changed-functions.ts'

const shared = [
  'shared/http/index.ts',
  'shared/platform/entries/http-function.ts',
  'shared/config/index.ts',
]
const bundles: FunctionBundle[] = [
  {
    name: 'users-login',
    inputs: [
      ...shared,
      'shared/auth/index.ts',
      'functions/users/lib/users.ts',
      'functions/users/login/function.ts',
    ],
  },
  {
    name: 'users-register',
    inputs: [...shared, 'functions/users/lib/users.ts', 'functions/users/register/function.ts'],
  },
  {
    name: 'catalog-list-products',
    inputs: [
      ...shared,
      'functions/catalog/lib/products.ts',
      'functions/catalog/list-products/function.ts',
    ],
  },
]

/** A service as the generator writes it, for each name. */
function servicesOf(names: readonly string[]): Services {
  return Object.fromEntries(
    names.map((name) => [
      name,
      { image: `imtiaz-mart/${name}`, labels: { 'mart.function': name } },
    ]),
  )
}

/** What the deploy rolls when only `changedFiles` changed (the services stay as they were). */
function deployed(changedFiles: string[], of: readonly FunctionBundle[] = bundles): string[] {
  const services = servicesOf(of.map((bundle) => bundle.name))
  const plan = deployPlan({
    changedFiles,
    bundles: of,
    servicesBefore: services,
    servicesAfter: services,
  })
  expect(plan.remove).toEqual([])
  return plan.deploy
}

describe('deployPlan: what is rolled', () => {
  it('lists a function whose own file changed', () => {
    const changedFiles = ['functions/users/login/function.ts']
    expect(deployed(changedFiles)).toEqual(['users-login'])
  })

  it('lists every function that bundles a changed domain library, and only those', () => {
    const changedFiles = ['functions/users/lib/users.ts']
    expect(deployed(changedFiles)).toEqual(['users-login', 'users-register'])
  })

  it('lists only the importers of a changed shared module', () => {
    const changedFiles = ['shared/auth/index.ts']
    expect(deployed(changedFiles)).toEqual(['users-login'])
  })

  it('lists all of them, sorted, when a module every bundle imports changed', () => {
    const changedFiles = ['shared/platform/entries/http-function.ts']
    expect(deployed(changedFiles)).toEqual([
      'catalog-list-products',
      'users-login',
      'users-register',
    ])
  })

  it.each(FILES_THAT_REBUILD_ALL)('lists all of them when %s changed', (file) => {
    expect(deployed([file])).toHaveLength(bundles.length)
  })

  it('lists a new function: its entry file is new, and an input of its bundle', () => {
    const changedFiles = [
      'functions/catalog/list-products/function.ts',
      'functions/catalog/lib/products.ts',
    ]
    expect(deployed(changedFiles)).toEqual(['catalog-list-products'])
  })

  it('ignores files no bundle is made of: tests, docs, migrations, generated config', () => {
    const changedFiles = [
      'functions/users/login/function.test.ts',
      'functions/users/lib/migrations/0002-sessions.sql',
      'README.md',
      'docs/adr/0002-containers-and-deployment.md',
      'kong/kong.yml',
      'compose/functions.yml',
      '.github/workflows/deploy.yml',
    ]
    expect(deployed(changedFiles)).toEqual([])
  })

  it('lists nothing when nothing changed', () => {
    expect(deployed([])).toEqual([])
  })

  it('matches paths however they are spelled (./ prefix, backslashes)', () => {
    const spelled = [{ name: 'users-login', inputs: ['.\\functions\\users\\login\\function.ts'] }]
    const changedFiles = ['./functions/users/login/function.ts']
    expect(deployed(changedFiles, spelled)).toEqual(['users-login'])
  })
})

describe('the bundle inputs deployPlan relies on', () => {
  it('are repo-relative and include the entry file and the shared toolkit', async () => {
    const [source] = await findFunctionSources()
    if (!source) throw new Error('no function found under functions/')
    const scratch = await mkdtemp(join(tmpdir(), 'mart-changed-functions-test-'))
    try {
      const built = await buildFunction(source, scratch)
      expect(built.inputs).toContain(source.entry)
      expect(built.inputs).toContain('shared/platform/entries/http-function.ts')
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  })
})

describe('deployPlan on real bundles: the relay and scheduled functions are deployables too', () => {
  const built: FunctionBundle[] = []
  let scratch = ''
  const inputsOf = (name: string) => built.find((bundle) => bundle.name === name)?.inputs ?? []
  const names = () => built.map((bundle) => bundle.name)
  const plan = (changedFiles: string[]) => {
    const services = servicesOf(names())
    return deployPlan({
      changedFiles,
      bundles: built,
      servicesBefore: services,
      servicesAfter: services,
    })
  }

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'mart-changed-functions-test-'))
    const wanted = (await deployables()).filter(
      (source) =>
        source.kind === 'scheduled' ||
        ['notifications-on-user-registered', 'outbox-relay', 'users-login'].includes(source.name),
    )
    for (const source of wanted) {
      const { name, inputs } = await buildFunction(source, scratch)
      built.push({ name, inputs })
    }
  })
  afterAll(() => rm(scratch, { recursive: true, force: true }))

  it('builds the outbox relay and every scheduled function, the platform’s own included', () => {
    expect(names()).toEqual(expect.arrayContaining(['outbox-relay', 'event-housekeeping']))
  })

  it('are what each deployable runs: an event function carries no relay, the relay no trigger', () => {
    const handler = inputsOf('notifications-on-user-registered')
    expect(handler).toContain('shared/platform/entries/event-function.ts')
    expect(handler).not.toContain('shared/platform/events/relay.ts')
    const relay = inputsOf('outbox-relay')
    expect(relay).toContain('shared/platform/events/relay.ts')
    expect(relay).not.toContain('shared/platform/entries/event-function.ts')
  })

  it('rolls the relay, and only the relay, when the relay changed', () => {
    expect(plan(['shared/platform/events/relay.ts']).deploy).toEqual(['outbox-relay'])
  })

  it('rolls a scheduled function when its own module changed', () => {
    expect(plan(['shared/platform/events/housekeeping.ts']).deploy).toEqual(['event-housekeeping'])
  })

  it('rolls every scheduled function, and nothing else, when the scheduled entry changed', async () => {
    const scheduled = (await deployables())
      .filter((source) => source.kind === 'scheduled')
      .map((source) => source.name)
    expect(plan(['shared/platform/entries/scheduled-function.ts']).deploy).toEqual(scheduled.sort())
  })
})

describe('deployPlan: what changes with the services and what is removed', () => {
  const names = bundles.map((bundle) => bundle.name)
  const plan = (changes: Omit<ChangeSet, 'bundles'>) => deployPlan({ ...changes, bundles })

  it('rolls a deployable whose service changed although its bundle did not (new environment)', () => {
    const before = servicesOf(names)
    const after = {
      ...before,
      'users-login': { image: 'imtiaz-mart/users-login', environment: { POOL_MAX: '4' } },
    }
    expect(
      plan({
        changedFiles: [FUNCTION_SERVICES_FILE],
        servicesBefore: before,
        servicesAfter: after,
      }),
    ).toEqual({ deploy: ['users-login'], remove: [] })
  })

  it('removes the service of a deleted function and rolls nothing for it', () => {
    const before = servicesOf([...names, 'users-delete-me'])
    const after = servicesOf(names)
    const changedFiles = ['functions/users/delete-me/function.ts', FUNCTION_SERVICES_FILE]
    expect(plan({ changedFiles, servicesBefore: before, servicesAfter: after })).toEqual({
      deploy: [],
      remove: ['users-delete-me'],
    })
  })

  it('removes the old service of a renamed function and rolls the new one', () => {
    const renamed = [
      ...bundles.filter((bundle) => bundle.name !== 'users-register'),
      { name: 'users-sign-up', inputs: [...shared, 'functions/users/sign-up/function.ts'] },
    ]
    const changedFiles = [
      'functions/users/register/function.ts',
      'functions/users/sign-up/function.ts',
      FUNCTION_SERVICES_FILE,
    ]
    expect(
      deployPlan({
        changedFiles,
        bundles: renamed,
        servicesBefore: servicesOf(names),
        servicesAfter: servicesOf(renamed.map((bundle) => bundle.name)),
      }),
    ).toEqual({ deploy: ['users-sign-up'], remove: ['users-register'] })
  })

  it('rolls every deployable and removes nothing when the base had no compose/functions.yml', () => {
    expect(
      plan({ changedFiles: ['README.md'], servicesBefore: {}, servicesAfter: servicesOf(names) }),
    ).toEqual({ deploy: [...names].sort(), remove: [] })
  })
})

describe('servicesAt: the services of compose/functions.yml at a commit', () => {
  let repo = ''
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim()
  const commit = async (services: Services | undefined, message: string) => {
    if (services) {
      await mkdir(join(repo, 'compose'), { recursive: true })
      await writeFile(join(repo, FUNCTION_SERVICES_FILE), stringify({ services }))
    } else {
      await writeFile(join(repo, 'README.md'), message)
    }
    git('add', '--all')
    git(
      '-c',
      'user.name=test',
      '-c',
      'user.email=test@example.com',
      'commit',
      '--quiet',
      '-m',
      message,
    )
    return git('rev-parse', 'HEAD')
  }

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'mart-services-at-'))
    git('init', '--quiet')
  })
  afterAll(() => rm(repo, { recursive: true, force: true }))

  it('reads each commit’s own file, and none before the file existed', async () => {
    const first = await commit(undefined, 'no compose yet')
    const second = await commit(servicesOf(['users-login', 'users-delete-me']), 'two functions')
    const third = await commit(servicesOf(['users-login']), 'one deleted')
    expect(servicesAt(first, repo)).toEqual({})
    expect(Object.keys(servicesAt(second, repo))).toEqual(['users-login', 'users-delete-me'])
    expect(servicesAt(third, repo)).toEqual(servicesOf(['users-login']))
  })
})

describe('deployPlanSince, on this repository', () => {
  it('rolls every deployable and removes nothing without a base, or with the all-zero one', async () => {
    const all = (await deployables()).map((source) => source.name)
    expect(await deployPlanSince(undefined)).toEqual({ deploy: all, remove: [] })
    expect(await deployPlanSince('0'.repeat(40))).toEqual({ deploy: all, remove: [] })
  })

  it('does nothing when the base is HEAD', async () => {
    expect(await deployPlanSince('HEAD')).toEqual({ deploy: [], remove: [] })
  })
})
