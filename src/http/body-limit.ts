import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../app-env.js'

/**
 * Refuses a request body over `maxSize` bytes with `refuse`'s answer. A GET or HEAD has no
 * body. A body that declares its length is judged by that header alone, as hono's
 * `bodyLimit` judges it, but without asking for `c.req.raw.body` first: on
 * @hono/node-server that question builds a whole web Request with a stream over the socket
 * and an AbortController, and every later read of the body then goes through that stream
 * instead of straight from Node's request (ADR 55). A body sent in chunks, without a length,
 * is counted by hono's `bodyLimit` as it arrives.
 */
export function limitBodies(
  maxSize: number,
  refuse: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  const counted = bodyLimit({ maxSize, onError: refuse })
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const length = c.req.header('Content-Length')
    if (length === undefined || c.req.header('Transfer-Encoding') !== undefined) {
      return counted(c, next)
    }
    return Number.parseInt(length, 10) > maxSize ? refuse(c) : next()
  }
}
