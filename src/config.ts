import { createHash } from 'node:crypto'

/**
 * The only reader of process.env. Every setting is validated at start; a bad value
 * stops the server with one line naming the variable.
 */
export interface Config {
  port: number
  baseUrl: string
  databaseUrl: string | undefined
  pgliteDir: string
  smtpUrl: string | undefined
  mailFrom: string
  /** `smpp://…` or `smpps://…`; unset: texts are kept at /dev/mail (development only). */
  smsUrl: string | undefined
  /** The sender a phone shows: up to 11 letters and digits, or a number. */
  smsFrom: string
  /** Clients may ask for texts: there is an SMS gateway, or this is not production. */
  smsOffered: boolean
  seedDemo: boolean
  /** null: rate limiting off. */
  bookingRateLimit: { max: number; windowSeconds: number } | null
  trustProxy: boolean
  reminderHours: number
  retentionDays: number
  /**
   * How long a worker holds a message it is sending before another process may take it
   * over (after a crash). Longer than any send: the mail timeouts are a quarter of it.
   */
  outboxLeaseSeconds: number
  /**
   * 32 bytes that encrypt the TOTP secrets in the database (AES-256-GCM, ADR 36). Outside
   * production a fixed development key, which is no secret, when SECRETS_KEY is unset.
   */
  secretsKey: Buffer
  production: boolean
}

/** The key of development and tests when SECRETS_KEY is unset: public, never for production. */
const DEVELOPMENT_SECRETS_KEY = createHash('sha256')
  .update('spreekuur development key: public, never for production')
  .digest()

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>

/**
 * @example const config = loadConfig(process.env)
 */
export function loadConfig(env: Env): Config {
  const port = integer(env, 'PORT', 3000, 1, 65535)
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development')
  const smtpUrl = optionalUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'])
  // Without a mail server, production would keep every message (manage and reset links
  // included) in the database and send nothing, silently.
  if (nodeEnv === 'production' && smtpUrl === undefined) {
    throw new ConfigError('SMTP_URL must be set when NODE_ENV=production')
  }
  const secretsKey = key(env, 'SECRETS_KEY')
  // Without it the secrets would be encrypted with a key anyone can read in this file.
  if (nodeEnv === 'production' && secretsKey === undefined) {
    throw new ConfigError('SECRETS_KEY must be set when NODE_ENV=production')
  }
  const smsUrl = optionalUrl(env, 'SMS_URL', ['smpp:', 'smpps:'])
  const smsFrom = nonEmpty(env, 'SMS_FROM', 'Spreekuur')
  // What a phone can show as the sender: 11 letters and digits (GSM 03.38), or a number.
  if (!/^[A-Za-z0-9][A-Za-z0-9 .-]{0,10}$/.test(smsFrom) && !/^\+?\d{3,15}$/.test(smsFrom)) {
    fail('SMS_FROM', 'up to 11 letters and digits, or a phone number', smsFrom)
  }
  return {
    port,
    baseUrl: url(env, 'BASE_URL', `http://localhost:${port}`, ['http:', 'https:']).replace(
      /\/+$/,
      '',
    ),
    databaseUrl: optionalUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    pgliteDir: nonEmpty(env, 'PGLITE_DIR', './data/pglite'),
    smtpUrl,
    mailFrom: nonEmpty(env, 'MAIL_FROM', 'Spreekuur <no-reply@localhost>'),
    smsUrl,
    smsFrom,
    // In production without a gateway the form does not offer texts it could not send.
    smsOffered: smsUrl !== undefined || nodeEnv !== 'production',
    seedDemo: boolean(env, 'SEED_DEMO', true),
    bookingRateLimit: rateLimit(env, 'RATE_LIMIT_BOOKINGS', '10/10m'),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    reminderHours: integer(env, 'REMINDER_HOURS', 24, 0, 24 * 14),
    retentionDays: integer(env, 'RETENTION_DAYS', 30, 1, 3650),
    outboxLeaseSeconds: integer(env, 'OUTBOX_LEASE_SECONDS', 120, 10, 3600),
    secretsKey: secretsKey ?? DEVELOPMENT_SECRETS_KEY,
    production: nodeEnv === 'production',
  }
}

function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === '' ? undefined : value
}

function fail(name: string, expected: string, value: string): never {
  throw new ConfigError(`${name} must be ${expected}, got "${value}"`)
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = raw(env, name)
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max) {
    fail(name, `a whole number from ${min} to ${max}`, value)
  }
  return n
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = raw(env, name)?.toLowerCase()
  if (value === undefined) return fallback
  if (['true', '1', 'yes', 'on'].includes(value)) return true
  if (['false', '0', 'no', 'off'].includes(value)) return false
  return fail(name, 'true or false', value)
}

function oneOf<T extends string>(env: Env, name: string, allowed: T[], fallback: T): T {
  const value = raw(env, name)
  if (value === undefined) return fallback
  if (!(allowed as string[]).includes(value)) fail(name, `one of ${allowed.join(', ')}`, value)
  return value as T
}

/** 32 bytes as 64 hex digits (`openssl rand -hex 32`); the value itself never reaches a log. */
function key(env: Env, name: string): Buffer | undefined {
  const value = raw(env, name)
  if (value === undefined) return undefined
  if (!/^[0-9a-fA-F]{64}$/.test(value)) {
    throw new ConfigError(`${name} must be 64 hex digits (openssl rand -hex 32)`)
  }
  return Buffer.from(value, 'hex')
}

function nonEmpty(env: Env, name: string, fallback: string): string {
  return raw(env, name) ?? fallback
}

function optionalUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const value = raw(env, name)
  return value === undefined ? undefined : url(env, name, value, protocols)
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = raw(env, name) ?? fallback
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return fail(
      name,
      `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
      redact(value),
    )
  }
  if (!protocols.includes(parsed.protocol)) {
    fail(name, `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`, redact(value))
  }
  return value
}

/** Passwords in connection strings must not reach the log through an error message. */
function redact(value: string): string {
  return value.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 }

function rateLimit(
  env: Env,
  name: string,
  fallback: string,
): { max: number; windowSeconds: number } | null {
  const value = raw(env, name) ?? fallback
  if (value.toLowerCase() === 'off') return null
  const match = /^(\d+)\/(\d+)([smh])$/.exec(value)
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    return fail(name, 'like 10/10m (count/window in s, m or h) or off', value)
  }
  return { max: Number(match[1]), windowSeconds: Number(match[2]) * UNIT_SECONDS[match[3]!]! }
}
