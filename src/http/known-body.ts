import type { Context } from 'hono'
import type { AppEnv } from '../app-env.js'

/**
 * The text an answer was made from, by the answer. The answer cache keeps an answer's
 * bytes; with the text known it encodes that instead of reading the body back, which on
 * Node builds a web stream for a body it already had (ADR 53).
 */
const knownBodies = new WeakMap<Response, string>()

/** Remembers that `response` has `text` as its whole body, and returns it. */
export function withKnownBody(response: Response, text: string): Response {
  knownBodies.set(response, text)
  return response
}

/** The text `response` was made from, when it was made by `withKnownBody`. */
export function knownBody(response: Response): string | undefined {
  return knownBodies.get(response)
}

/** As `c.json(value)`, with its text known to the answer cache. */
export function jsonWithKnownBody(c: Context<AppEnv>, value: unknown): Response {
  const text = JSON.stringify(value)
  return withKnownBody(c.body(text, 200, { 'Content-Type': 'application/json' }), text)
}
