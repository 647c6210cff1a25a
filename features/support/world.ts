/**
 * What one scenario knows: where its mart listens, the last answer it got, and the people in
 * the story by name ("Amna") with the tokens the mart gave them.
 */
import { setWorldConstructor, World } from '@cucumber/cucumber'

/** A response as a client sees it, read once so steps can look at it as often as they like. */
export interface Answer {
  status: number
  headers: Headers
  text: string
  /** The body parsed, when the mart said it is JSON (problem documents included). */
  json: unknown
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

export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown
  /** Sent as it is, with a JSON content type: for bodies no JSON serializer would write. */
  rawBody?: string
  /** The actor whose access token goes in the Authorization header. */
  as?: string
  /** More request headers, e.g. If-None-Match. */
  headers?: Record<string, string>
}

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

  /** Sends a request and makes its response "the answer" the next steps talk about. */
  async send(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const answer = await this.check(method, path, options)
    this.history.push(answer)
    return answer
  }

  /** Sends a request without touching "the answer": for Then steps that look around. */
  async check(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers = new Headers(options.headers)
    if (options.as !== undefined) {
      const { accessToken } = this.actor(options.as)
      if (!accessToken) throw new Error(`${options.as} has no access token: log in first`)
      headers.set('authorization', `Bearer ${accessToken}`)
    }
    let body: string | undefined
    if (options.rawBody !== undefined) body = options.rawBody
    else if (options.body !== undefined) body = JSON.stringify(options.body)
    if (body !== undefined) headers.set('content-type', 'application/json')
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    })
    const text = await response.text()
    const contentType = response.headers.get('content-type') ?? ''
    const json: unknown = /^application\/([\w.+-]+\+)?json\b/.test(contentType)
      ? JSON.parse(text)
      : undefined
    return { status: response.status, headers: response.headers, text, json }
  }
}

setWorldConstructor(MartWorld)
