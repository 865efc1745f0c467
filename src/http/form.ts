import type { Context } from 'hono'

/**
 * One way to read a submitted form. The app has already refused a form that cannot be
 * parsed (see app.tsx), so a route only meets `null` for a body that is no form at all.
 *
 * Values are read as text, cut at `max` characters; a NUL byte (which PostgreSQL can
 * neither store nor compare) voids the value, and a repeated field reads as its first.
 * Free text that a form shows back with its error is read with `typed`, as it was sent,
 * and refused by the text rules (domain/text-rules.ts) rather than voided.
 */
export interface Form {
  /** The field as text ('' when absent, not text, or void). Not trimmed. */
  text(name: string, max: number): string
  /** Every value of a repeated field (checkboxes), each read as `text` reads one. */
  all(name: string, max: number): string[]
  /** A checkbox: present with any non-empty value. */
  checked(name: string): boolean
  /** Whether the field was sent at all. */
  has(name: string): boolean
  /**
   * The field exactly as typed, uncut and with any NUL byte left in, for a form that
   * validates it and shows it back with the error; undefined when absent or not text.
   */
  typed(name: string): string | undefined
}

type Body = Record<string, unknown>

export async function readForm(c: Context): Promise<Form> {
  const body = (await c.req.parseBody({ all: true }).catch(() => null)) as Body | null
  return formFrom(body ?? {})
}

export function formFrom(body: Body): Form {
  const values = (name: string): unknown[] => {
    const value = body[name]
    return Array.isArray(value) ? value : value === undefined ? [] : [value]
  }
  const asText = (value: unknown, max: number): string =>
    typeof value === 'string' && !value.includes('\u0000') ? value.slice(0, max) : ''
  return {
    text: (name, max) => asText(values(name)[0], max),
    all: (name, max) => values(name).map((value) => asText(value, max)),
    checked: (name) => asText(values(name)[0], 100) !== '',
    has: (name) => name in body,
    typed: (name) => {
      const value = values(name)[0]
      return typeof value === 'string' ? value : undefined
    },
  }
}
