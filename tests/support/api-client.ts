import { expect } from 'vitest'
import { BASE_URL, type testApp } from './app.js'

export type TestApp = ReturnType<typeof testApp>['app']

/**
 * One request to the JSON API (`/api/v1` + `path`) of an app made by `testApp`: `body` is
 * sent as JSON, `raw` as it is, `token` as the bearer token.
 *
 * @example await apiCall(app, 'GET', `/locations/${slug}/slots`)
 */
export function apiCall(
  app: TestApp,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers }
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  return app.request(`${BASE_URL}/api/v1${path}`, { method, headers, body })
}

/** An answer of the API with its JSON body read. */
export interface ApiAnswer {
  status: number
  body: { error?: string; reference?: string; manageToken?: string } & Record<string, unknown>
}

export async function settle(res: Response | Promise<Response>): Promise<ApiAnswer> {
  const answer = await res
  return { status: answer.status, body: (await answer.json()) as ApiAnswer['body'] }
}

/**
 * Books through `POST /api/v1/bookings` (the client's fields with `location` and `start`),
 * which must answer 201; returns what the client needs to manage the booking.
 */
export async function apiBooked(app: TestApp, booking: Record<string, unknown>) {
  const outcome = await settle(apiCall(app, 'POST', '/bookings', { body: booking }))
  expect(outcome.status).toBe(201)
  return { reference: outcome.body.reference!, token: outcome.body.manageToken! }
}
