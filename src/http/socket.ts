import { Server as HttpServer } from 'node:http'

/**
 * The production settings of the HTTP server, in one place for `server.ts` and the tests
 * that serve the app over a real socket.
 *
 * - A client that sends its request slowly (slowloris) may not hold a connection long:
 *   headers within 10 s, the whole request within 30 s. Idle keep-alive ends after 5 s.
 * - A client that half-closes its side once the request is sent (legal in HTTP/1.1;
 *   netcat, some proxies and fuzzers do it) still gets its answer. Node's default drops
 *   the request the moment the client's FIN arrives, so a form POST, whose answer waits
 *   for the body and the database, was answered by a closed connection (issue 20).
 *   `httpAllowHalfOpen` is the http module's own switch for this (Node 20 to 24); with it
 *   the answer is written and the connection ends after it.
 */
export function applySocketSettings(server: unknown): void {
  if (!(server instanceof HttpServer)) return
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  server.keepAliveTimeout = 5_000
  ;(server as HttpServer & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true
}
