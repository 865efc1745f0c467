import type { Db } from '../../src/db/database.js'
import type { Role } from '../../src/db/schema.js'
import { createSession } from '../../src/services/auth.js'
import { hashPassword } from '../../src/services/passwords.js'
import { uniqueSlug } from './fixtures.js'

export const TEST_PASSWORD = 'correct horse battery staple'
let cachedHash: string | undefined

/**
 * A staff member for one test, with a known password and the given scope.
 *
 * @example const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
 */
export async function createStaff(
  db: Db,
  options: { role: Role; regionIds?: string[]; locationIds?: string[]; locale?: 'nl' | 'en' },
) {
  cachedHash ??= await hashPassword(TEST_PASSWORD)
  const email = `${options.role}.${uniqueSlug('s')}@example.org`
  const staff = await db
    .insertInto('staff')
    .values({
      name: `Test ${options.role}`,
      email,
      phone: null,
      role: options.role,
      password_hash: cachedHash,
      locale: options.locale ?? 'nl',
    })
    .returning(['id', 'email', 'name'])
    .executeTakeFirstOrThrow()
  for (const regionId of options.regionIds ?? []) {
    await db
      .insertInto('staff_regions')
      .values({ staff_id: staff.id, region_id: regionId })
      .execute()
  }
  for (const locationId of options.locationIds ?? []) {
    await db
      .insertInto('staff_locations')
      .values({ staff_id: staff.id, location_id: locationId })
      .execute()
  }
  return staff
}

/**
 * A signed-in session for `staffId`, as the Cookie header a browser would send: the session
 * of a full sign-in, second factor included (tests/integration/two-factor.test.ts signs in
 * through the forms, code and all).
 */
export async function signIn(db: Db, staffId: string, now: Date): Promise<{ Cookie: string }> {
  return { Cookie: `sid=${await createSession(db, staffId, now, { secondFactor: true })}` }
}

/** The session cookie a sign-in answer sets, as a Cookie header value; '' when it set none. */
export function sessionCookie(res: Response): string {
  const sid = /sid=([^;]+)/.exec(res.headers.get('Set-Cookie') ?? '')?.[1]
  return sid ? `sid=${sid}` : ''
}
