/**
 * One structured log line: flat fields only. Never names, contact details, notes or tokens.
 * A plain type, so the database's listener and the outbox worker log without reaching up
 * to the HTTP app's environment (src/app-env.ts).
 */
export type LogEntry = Record<string, string | number | boolean | null | undefined>
