import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findFunctionSources } from '../registry.ts'
import { buildFunction, deployables } from './bundle.ts'
import {
  changedFunctions,
  FILES_THAT_REBUILD_ALL,
  type FunctionBundle,
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

describe('changedFunctions', () => {
  it('lists a function whose own file changed', () => {
    const changedFiles = ['functions/users/login/function.ts']
    expect(changedFunctions({ changedFiles, bundles })).toEqual(['users-login'])
  })

  it('lists every function that bundles a changed domain library, and only those', () => {
    const changedFiles = ['functions/users/lib/users.ts']
    expect(changedFunctions({ changedFiles, bundles })).toEqual(['users-login', 'users-register'])
  })

  it('lists only the importers of a changed shared module', () => {
    const changedFiles = ['shared/auth/index.ts']
    expect(changedFunctions({ changedFiles, bundles })).toEqual(['users-login'])
  })

  it('lists all of them, sorted, when a module every bundle imports changed', () => {
    const changedFiles = ['shared/platform/entries/http-function.ts']
    expect(changedFunctions({ changedFiles, bundles })).toEqual([
      'catalog-list-products',
      'users-login',
      'users-register',
    ])
  })

  it.each(FILES_THAT_REBUILD_ALL)('lists all of them when %s changed', (file) => {
    expect(changedFunctions({ changedFiles: [file], bundles })).toHaveLength(bundles.length)
  })

  it('lists a new function: its entry file is new, and an input of its bundle', () => {
    const changedFiles = [
      'functions/catalog/list-products/function.ts',
      'functions/catalog/lib/products.ts',
    ]
    expect(changedFunctions({ changedFiles, bundles })).toEqual(['catalog-list-products'])
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
    expect(changedFunctions({ changedFiles, bundles })).toEqual([])
  })

  it('lists nothing when nothing changed', () => {
    expect(changedFunctions({ changedFiles: [], bundles })).toEqual([])
  })

  it('matches paths however they are spelled (./ prefix, backslashes)', () => {
    const spelled = [{ name: 'users-login', inputs: ['.\\functions\\users\\login\\function.ts'] }]
    const changedFiles = ['./functions/users/login/function.ts']
    expect(changedFunctions({ changedFiles, bundles: spelled })).toEqual(['users-login'])
  })
})

describe('the bundle inputs changedFunctions relies on', () => {
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

  it('are what each deployable runs: an event function carries no relay, the relay no trigger', async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'mart-changed-functions-test-'))
    try {
      const sources = await deployables()
      const inputsOf = async (name: string) => {
        const source = sources.find((candidate) => candidate.name === name)
        if (!source) throw new Error(`no deployable ${name}`)
        return (await buildFunction(source, scratch)).inputs
      }
      const handler = await inputsOf('notifications-on-user-registered')
      expect(handler).toContain('shared/platform/entries/event-function.ts')
      expect(handler).not.toContain('shared/platform/events/relay.ts')
      const relay = await inputsOf('outbox-relay')
      expect(relay).toContain('shared/platform/events/relay.ts')
      expect(relay).not.toContain('shared/platform/entries/event-function.ts')
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  })
})
