/** Steps about the answer itself: status, problem documents, headers. */
import assert from 'node:assert/strict'
import { type DataTable, Then } from '@cucumber/cucumber'
import { expectStatus, PROBLEM_TYPE_PREFIX, problemOf } from '../support/expectations.ts'
import type { Answer, MartWorld } from '../support/world.ts'

function expectProblem(answer: Answer, status: number, type: string) {
  expectStatus(answer, status)
  const problem = problemOf(answer)
  assert.equal(problem.type, `${PROBLEM_TYPE_PREFIX}${type}`)
  assert.equal(problem.status, status)
  return problem
}

Then<MartWorld>('the answer is {int}', function (status: number) {
  expectStatus(this.answer, status)
})

Then<MartWorld>(
  'the answer is a {int} problem of type {string}',
  function (status: number, type: string) {
    expectProblem(this.answer, status, type)
  },
)

Then<MartWorld>(
  'both answers are the same {int} problem of type {string}',
  function (status: number, type: string) {
    const [first, second] = this.history.slice(-2)
    assert.ok(first && second, 'two requests were needed')
    const firstProblem = expectProblem(first, status, type)
    const secondProblem = expectProblem(second, status, type)
    // `instance` is the request path, the same for both; nothing may tell the two apart.
    assert.deepEqual(secondProblem, firstProblem)
    assert.equal(second.text, first.text)
  },
)

Then<MartWorld>('the problem says {string}', function (detail: string) {
  assert.equal(problemOf(this.answer).detail, detail)
})

Then<MartWorld>('the problem lists exactly these fields:', function (table: DataTable) {
  const expected = table.raw().map(([path]) => path)
  const listed = (problemOf(this.answer).errors ?? []).map((error) => error.path)
  assert.deepEqual([...new Set(listed)].sort(), [...expected].sort(), this.answer.text)
})

Then<MartWorld>('the problem names the field {string}', function (field: string) {
  const errors = problemOf(this.answer).errors ?? []
  const names = (error: { path: string; message: string }) =>
    error.path.split('.').at(-1) === field || new RegExp(`\\b${field}\\b`).test(error.message)
  assert.ok(errors.some(names), `no error names '${field}': ${this.answer.text}`)
})

Then<MartWorld>('the answer asks for a bearer token', function () {
  assert.match(this.answer.headers.get('www-authenticate') ?? '', /^Bearer\b/)
})

Then<MartWorld>('the answer does not contain the password {string}', function (password: string) {
  assert.ok(!this.answer.text.includes(password), this.answer.text)
  assert.doesNotMatch(this.answer.text, /hash/i)
})
