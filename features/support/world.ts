/**
 * What one scenario knows: where its mart listens, the last answer it got, and the people in
 * the story by name ("Amna") with the tokens the mart gave them. Steps talk to the mart with
 * @imtiaz-mart/client, as a front end would, so the scenarios prove the client too.
 */
import { setWorldConstructor, World } from '@cucumber/cucumber'
import { createMartClient, type MartClient } from '@imtiaz-mart/client'

/** A response as a client sees it, read once so steps can look at it as often as they like. */
export interface Answer {
  status: number
  headers: Headers
  text: string
  /** The body as read: parsed JSON (problem documents included), or an error answer's text. */
  json: unknown
}

/** What the client hands back for one request: the body as it read it, and the response. */
interface Sent {
  data?: unknown
  error?: unknown
  response: Response
}

/** Someone in a story, with what the mart has told them so far. */
export interface Actor {
  name: string
  email: string
  password: string
  accessToken?: string
  /** Every refresh token the actor was given, oldest first; the last is the current one. */
  refreshTokens: string[]
}

const JSON_CONTENT = /^application\/([\w.+-]+\+)?json\b/

export class MartWorld extends World {
  /** The scenario's own mart, e.g. `http://127.0.0.1:41234`. Set by the Before hook. */
  baseUrl = ''
  /** The scenario's own database, for the admin runner. Set by the Before hook. */
  databaseUrl = ''
  readonly actors = new Map<string, Actor>()
  /** Every answer a When or Given step got, oldest first. */
  readonly history: Answer[] = []
  /** How far the scenario has moved the mart's clock on from real time ("… seconds later"). */
  clockOffsetMs = 0
  /** A series of answers one step collected, e.g. every page of a listing. */
  series: Answer[] = []
  /** The clients, one per actor (and one for visitors, under `undefined`). */
  readonly #clients = new Map<string | undefined, MartClient>()
  /** The raw text of each answer the clients got, kept before the client parsed it. */
  readonly #texts = new WeakMap<Response, string>()

  /** The answer to the last request a When or Given step sent. */
  get answer(): Answer {
    const last = this.history.at(-1)
    if (!last) throw new Error('no request has been sent in this scenario yet')
    return last
  }

  actor(name: string): Actor {
    const actor = this.actors.get(name)
    if (!actor) throw new Error(`the story has not introduced ${name} yet`)
    return actor
  }

  /** A visitor's client: it sends no token. */
  get visitor(): MartClient {
    return this.#clientOf(undefined)
  }

  /** The client of someone in the story: it sends the access token she holds at the time. */
  as(name: string): MartClient {
    return this.#clientOf(name)
  }

  /** Waits for what a client sent and makes its answer "the answer" the next steps talk about. */
  async send(request: Promise<Sent>): Promise<Answer> {
    const answer = await this.check(request)
    this.history.push(answer)
    return answer
  }

  /** Waits for what a client sent without touching "the answer": for Then steps that look around. */
  async check(request: Promise<Sent>): Promise<Answer> {
    const { data, error, response } = await request
    const text = this.#texts.get(response)
    if (text === undefined) throw new Error('the answer did not come through a MartWorld client')
    return { status: response.status, headers: response.headers, text, json: data ?? error }
  }

  /**
   * Sends `body` as it is, with a JSON content type, past the client: for the bodies a client
   * typed by the API cannot write (fields the API does not have), which are the point of the step.
   */
  async sendRaw(method: string, path: string, body: string, as?: string): Promise<Answer> {
    const headers = new Headers({ 'content-type': 'application/json' })
    if (as !== undefined) headers.set('authorization', `Bearer ${this.#accessTokenOf(as)}`)
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body })
    const text = await response.text()
    const json = JSON_CONTENT.test(response.headers.get('content-type') ?? '')
      ? (JSON.parse(text) as unknown)
      : undefined
    const answer = { status: response.status, headers: response.headers, text, json }
    this.history.push(answer)
    return answer
  }

  #clientOf(name: string | undefined): MartClient {
    const known = this.#clients.get(name)
    if (known) return known
    const client = createMartClient({
      baseUrl: this.baseUrl,
      ...(name === undefined ? {} : { accessToken: () => this.#accessTokenOf(name) }),
    })
    const texts = this.#texts
    client.use({
      async onResponse({ response }) {
        texts.set(response, await response.clone().text())
      },
    })
    this.#clients.set(name, client)
    return client
  }

  #accessTokenOf(name: string): string {
    const { accessToken } = this.actor(name)
    if (!accessToken) throw new Error(`${name} has no access token: log in first`)
    return accessToken
  }
}

setWorldConstructor(MartWorld)
