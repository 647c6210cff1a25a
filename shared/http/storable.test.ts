import { beforeAll, describe, expect, it } from 'vitest'
import { readProblem, useFunctionTest } from '#shared/testing'
import {
  afterPosition,
  defineHttpFunction,
  jsonBody,
  jsonContent,
  PageQuery,
  positionColumn,
  toPage,
  z,
} from './index.ts'

/**
 * Input the schemas take but PostgreSQL cannot: text with NUL or an unpaired surrogate, and a
 * cursor whose timestamp PostgreSQL cannot hold. Test-only functions store and page through a
 * table of their own, as a domain's would: each such request answers 400, naming every bad
 * field, and the table is as it was.
 */

const t = useFunctionTest()

const Note = z.object({ id: z.uuid(), title: z.string(), tags: z.array(z.string()) })

const addNote = defineHttpFunction({
  name: 'probe-add-note',
  auth: 'public',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'post',
    path: '/notes/{folder}',
    request: {
      params: z.object({ folder: z.string().max(50) }),
      query: z.object({ source: z.string().max(50).optional() }),
      body: jsonBody(z.strictObject({ title: z.string().max(100), tags: z.array(z.string()) })),
    },
    responses: { 201: jsonContent(Note, 'The note.') },
  },
  handler: async (c) => {
    const { folder } = c.req.valid('param')
    const { title, tags } = c.req.valid('json')
    const [note] = await c.get('runtime').sql<z.infer<typeof Note>[]>`
      insert into probe_notes (folder, title, tags) values (${folder}, ${title}, ${tags})
      returning id, title, tags`
    return c.json(note, 201)
  },
})

const listNotes = defineHttpFunction({
  name: 'probe-list-notes',
  auth: 'public',
  rateLimit: { perMinute: 600 },
  route: {
    method: 'get',
    path: '/notes',
    request: { query: PageQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(z.string()) }), 'A page.') },
  },
  handler: async (c) => {
    const { limit, cursor } = c.req.valid('query')
    const { sql } = c.get('runtime')
    const rows = await sql<{ id: string; position: string; title: string }[]>`
      select id, title, ${positionColumn(sql)} from probe_notes
      where ${afterPosition(sql, cursor)} order by created_at, id limit ${limit + 1}`
    return c.json(
      toPage(rows, limit, (row) => row.title),
      200,
    )
  },
})

beforeAll(async () => {
  await t.sql`
    create table probe_notes (
      id uuid primary key default gen_random_uuid(),
      folder text not null,
      title text not null,
      tags text[] not null,
      created_at timestamptz not null default clock_timestamp()
    )`
})

const noteCount = async () =>
  (await t.sql<{ n: number }[]>`select count(*)::int as n from probe_notes`)[0]?.n

function post(path: string, body: unknown) {
  return t.app(addNote).request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

const cursorOf = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url')

describe('text the database cannot store', () => {
  it('stores ordinary text, emoji included', async () => {
    const res = await post('/notes/inbox', { title: 'Milk 🥛', tags: ['dairy'] })
    expect(res.status).toBe(201)
    expect(await res.json()).toMatchObject({ title: 'Milk 🥛', tags: ['dairy'] })
  })

  it('answers 400 naming every field with NUL, in the path, the query and the body, and stores nothing', async () => {
    const before = await noteCount()
    const inBody = await post('/notes/inbox', { title: 'a\u0000b', tags: ['ok', 'x\u0000'] })
    expect(inBody.status).toBe(400)
    expect(await readProblem(inBody)).toMatchObject({
      status: 400,
      type: 'urn:imtiaz-mart:problem:invalid-request',
      errors: [
        { path: 'json.title', message: 'must not contain the NUL character (U+0000)' },
        { path: 'json.tags.1', message: 'must not contain the NUL character (U+0000)' },
      ],
    })
    const inQuery = await post('/notes/inbox?source=a%00', { title: 'fine', tags: [] })
    expect(inQuery.status).toBe(400)
    expect((await readProblem(inQuery)).errors).toEqual([
      { path: 'query.source', message: 'must not contain the NUL character (U+0000)' },
    ])
    const inPath = await post('/notes/in%00box', { title: 'fine', tags: [] })
    expect(inPath.status).toBe(400)
    expect((await readProblem(inPath)).errors).toEqual([
      { path: 'param.folder', message: 'must not contain the NUL character (U+0000)' },
    ])
    expect(await noteCount()).toBe(before)
  })

  it('answers 400 for an unpaired surrogate, which would be stored as U+FFFD', async () => {
    const before = await noteCount()
    const res = await t.app(addNote).request('/notes/inbox', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title":"half \\ud83e","tags":[]}',
    })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors).toEqual([
      {
        path: 'json.title',
        message: 'must be well-formed Unicode (it holds an unpaired surrogate)',
      },
    ])
    expect(await noteCount()).toBe(before)
  })

  it('lists NUL beside what the schema refuses, in one answer', async () => {
    const res = await post('/notes/inbox', { title: 'x'.repeat(101), tags: ['\u0000'] })
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors?.map((error) => error.path)).toEqual([
      'json.title',
      'json.tags.0',
    ])
  })
})

describe('a cursor whose timestamp PostgreSQL cannot hold', () => {
  const id = '7d444840-9dc0-11d1-b245-5ffdce74fad2'

  it('pages with a cursor as the API gives them out', async () => {
    const res = await t
      .app(listNotes)
      .request(`/notes?cursor=${cursorOf(['2020-01-01T00:00:00.000000Z', id])}`)
    expect(res.status).toBe(200)
  })

  it.each([
    ['year 0000, which PostgreSQL does not have', '0000-01-01T00:00:00.000000Z'],
    ['an offset beyond ±15:59', '2020-01-01T00:00:00.000000+23:59'],
    ['a year of more than four digits', '+300000-01-01T00:00:00.000000Z'],
  ])('answers 400 for %s', async (_, time) => {
    const res = await t.app(listNotes).request(`/notes?cursor=${cursorOf([time, id])}`)
    expect(res.status).toBe(400)
    expect((await readProblem(res)).errors).toEqual([
      { path: 'query.cursor', message: 'is not a cursor this API gave out' },
    ])
  })
})
