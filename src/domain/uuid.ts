/** Exactly a uuid, as PostgreSQL writes one: anything else would fail its cast with an error. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * True for an id that may be handed to the database; an id from a URL or a form that is
 * not one is simply unknown (404), never a database error.
 *
 * @example if (!isUuid(c.req.param('id'))) return errorResponse(c, 404)
 */
export function isUuid(value: string): boolean {
  return UUID.test(value)
}
