import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Db } from '../../src/db/database.js'
import { BASE_URL, testApp } from '../support/app.js'
import { asSent, openTestDatabase } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'

const NOW = new Date('2026-11-30T08:00:00Z')
let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

async function coordinatorOf(regionId: string) {
  const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [regionId] })
  return { coordinator, cookie: await signIn(db, coordinator.id, NOW) }
}

/**
 * What an invitation would write: an account with this address, or a link to this support
 * point. Scoped, because other test files add staff to the same database at the same time.
 */
async function invited(locationId: string, email: string) {
  const accounts = await db
    .selectFrom('staff')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .execute()
  const links = await db
    .selectFrom('staff_locations')
    .select('staff_id')
    .where('location_id', '=', locationId)
    .execute()
  return { accounts: accounts.length, links: links.length }
}

describe('inviting staff', () => {
  test('a coordinator invites a counselor, who sets a password and signs in', async () => {
    const point = await createSupportPoint(db)
    const { coordinator, cookie } = await coordinatorOf(point.region.id)
    const { get, post } = testApp(db, { now: NOW })
    const email = `${uniqueSlug('nieuw')}@example.org`

    const res = await post(
      '/staff/medewerkers/uitnodigen',
      {
        name: 'Amal Haddad',
        email,
        role: 'counselor',
        location: point.id,
        region: '',
        locale: 'nl',
      },
      cookie,
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/staff/medewerkers?uitgenodigd=1')

    const person = await db
      .selectFrom('staff')
      .select(['id', 'role', 'password_hash', 'active'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
    expect(person).toMatchObject({ role: 'counselor', password_hash: null, active: true })
    const links = await db
      .selectFrom('staff_locations')
      .select('location_id')
      .where('staff_id', '=', person.id)
      .execute()
    expect(links).toEqual([{ location_id: point.id }])
    const tokens = await db
      .selectFrom('staff_tokens')
      .select('purpose')
      .where('staff_id', '=', person.id)
      .execute()
    expect(tokens).toEqual([{ purpose: 'invite' }])
    const [mail] = asSent(
      await db.selectFrom('outbox').selectAll().where('recipient', '=', email).execute(),
    )
    if (!mail) throw new Error('no invitation mail')
    expect(mail.kind).toBe('staff-account')
    const link = /\/wachtwoord\/([A-Za-z0-9_-]{43})/.exec(mail.message.text)?.[0]
    expect(link).toBeDefined()
    expect(mail.message.text).toContain(`${BASE_URL}${link}`)
    const logged = await db
      .selectFrom('audit_log')
      .select(['action', 'location_id'])
      .where('staff_id', '=', coordinator.id)
      .execute()
    expect(logged).toEqual([{ action: 'staff.invite', location_id: point.id }])

    const list = await (await get('/staff/medewerkers?uitgenodigd=1', cookie)).text()
    expect(list).toContain('Amal Haddad')
    expect(list).toContain('De uitnodiging is verstuurd.')

    const password = 'een lang nieuw wachtwoord'
    expect((await post(link!, { password, repeat: password })).status).toBe(303)
    expect((await post('/login', { email, password })).status).toBe(303)
  })

  test('bad input answers 422 with the messages and typed values, and writes nothing', async () => {
    const point = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(point.region.id)
    const { post } = testApp(db, { now: NOW })
    const before = await invited(point.id, 'geen-adres')
    const res = await post(
      '/staff/medewerkers/uitnodigen',
      { name: '', email: 'geen-adres', role: 'counselor', location: point.id, locale: 'nl' },
      cookie,
    )
    expect(res.status).toBe(422)
    const page = await res.text()
    expect(page).toContain('Vul een naam in.')
    expect(page).toContain('Vul een geldig e-mailadres in')
    expect(page).toContain('value="geen-adres"')
    expect(await invited(point.id, 'geen-adres')).toEqual(before)
  })

  test('an address list or a display name is refused: an invitation goes to one person', async () => {
    const point = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(point.region.id)
    const { post } = testApp(db, { now: NOW })
    for (const email of [
      'a,b@example.org',
      'Naam <a@example.org>',
      'a@example.org;b@example.org',
    ]) {
      const before = await invited(point.id, email)
      const res = await post(
        '/staff/medewerkers/uitnodigen',
        { name: 'Lijst', email, role: 'counselor', location: point.id, locale: 'nl' },
        cookie,
      )
      expect(res.status, email).toBe(422)
      expect(await res.text()).toContain('Vul een geldig e-mailadres in')
      expect(await invited(point.id, email)).toEqual(before)
    }
  })

  test('an address that already has an account is refused with 422', async () => {
    const point = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(point.region.id)
    const existing = await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] })
    const { post } = testApp(db, { now: NOW })
    const res = await post(
      '/staff/medewerkers/uitnodigen',
      {
        name: 'Dubbel',
        email: existing.email.toUpperCase(),
        role: 'volunteer',
        region: point.region.id,
      },
      cookie,
    )
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Dit e-mailadres heeft al een account.')
  })

  test('a cross-origin invite is refused with 403', async () => {
    const point = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(point.region.id)
    const { post } = testApp(db, { now: NOW })
    const email = `${uniqueSlug('x')}@example.org`
    const before = await invited(point.id, email)
    const res = await post(
      '/staff/medewerkers/uitnodigen',
      {
        name: 'Elders',
        email,
        role: 'counselor',
        location: point.id,
      },
      { ...cookie, Origin: 'https://evil.example' },
    )
    expect(res.status).toBe(403)
    expect(await invited(point.id, email)).toEqual(before)
  })
})

describe('a coordinator stays within their region', () => {
  test('inviting into, deactivating in or assigning to another region is 404', async () => {
    const mine = await createSupportPoint(db)
    const theirs = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(mine.region.id)
    const ours = await createStaff(db, { role: 'counselor', locationIds: [mine.id] })
    const other = await createStaff(db, { role: 'counselor', locationIds: [theirs.id] })
    const { get, post } = testApp(db, { now: NOW })
    const email = `${uniqueSlug('b')}@example.org`
    const before = await invited(theirs.id, email)

    const invite = await post(
      '/staff/medewerkers/uitnodigen',
      {
        name: 'Buiten',
        email,
        role: 'counselor',
        location: theirs.id,
      },
      cookie,
    )
    expect(invite.status).toBe(404)
    expect(await invited(theirs.id, email)).toEqual(before)

    expect((await post(`/staff/medewerkers/${other.id}/deactiveren`, {}, cookie)).status).toBe(404)
    expect((await get(`/staff/medewerkers/${other.id}`, cookie)).status).toBe(404)
    const assignOther = await post(
      `/staff/medewerkers/${other.id}/koppelen`,
      { location: mine.id },
      cookie,
    )
    expect(assignOther.status).toBe(404)
    const assignElsewhere = await post(
      `/staff/medewerkers/${ours.id}/koppelen`,
      { location: theirs.id },
      cookie,
    )
    expect(assignElsewhere.status).toBe(404)

    const otherRow = await db
      .selectFrom('staff')
      .select('active')
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow()
    expect(otherRow.active).toBe(true)
    const links = await db
      .selectFrom('staff_locations')
      .select(['staff_id', 'location_id'])
      .where('staff_id', 'in', [ours.id, other.id])
      .orderBy('staff_id')
      .execute()
    expect(links).toHaveLength(2)

    const list = await (await get('/staff/medewerkers', cookie)).text()
    expect(list).toContain(ours.email)
    expect(list).not.toContain(other.email)
  })

  test('assigning a counselor to a second support point of the region, and removing it', async () => {
    const point = await createSupportPoint(db)
    const second = await db
      .insertInto('locations')
      .values({
        region_id: point.region.id,
        slug: uniqueSlug('punt'),
        name: 'Steunpunt Tweede',
        municipality: 'Testdorp',
        address: 'Proefstraat 2',
        postal_code: '1234 AB',
        directions: null,
        phone: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const { coordinator, cookie } = await coordinatorOf(point.region.id)
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const { post } = testApp(db, { now: NOW })

    const add = await post(
      `/staff/medewerkers/${counselor.id}/koppelen`,
      { location: second.id },
      cookie,
    )
    expect(add.status).toBe(303)
    const remove = await post(
      `/staff/medewerkers/${counselor.id}/ontkoppelen`,
      { location: point.id },
      cookie,
    )
    expect(remove.status).toBe(303)
    // The last support point stays: a counselor without one would vanish from view.
    const last = await post(
      `/staff/medewerkers/${counselor.id}/ontkoppelen`,
      { location: second.id },
      cookie,
    )
    expect(last.status).toBe(422)
    const links = await db
      .selectFrom('staff_locations')
      .select('location_id')
      .where('staff_id', '=', counselor.id)
      .execute()
    expect(links).toEqual([{ location_id: second.id }])
    const logged = await db
      .selectFrom('audit_log')
      .select('action')
      .where('staff_id', '=', coordinator.id)
      .orderBy('id')
      .execute()
    expect(logged.map((l) => l.action)).toEqual(['staff.assign', 'staff.unassign'])
  })
})

describe('deactivating', () => {
  test('ends the person’s sessions, and reactivating lets them back in', async () => {
    const point = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(point.region.id)
    const volunteer = await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] })
    const theirCookie = await signIn(db, volunteer.id, NOW)
    const { get, post } = testApp(db, { now: NOW })
    expect((await get('/staff', theirCookie)).status).toBe(200)

    const res = await post(`/staff/medewerkers/${volunteer.id}/deactiveren`, {}, cookie)
    expect(res.status).toBe(303)
    const after = await get('/staff', theirCookie)
    expect(after.status).toBe(303)
    expect(after.headers.get('Location')).toMatch(/^\/login/)
    const sessions = await db
      .selectFrom('sessions')
      .select('staff_id')
      .where('staff_id', '=', volunteer.id)
      .execute()
    expect(sessions).toEqual([])

    expect((await post(`/staff/medewerkers/${volunteer.id}/activeren`, {}, cookie)).status).toBe(
      303,
    )
    const row = await db
      .selectFrom('staff')
      .select('active')
      .where('id', '=', volunteer.id)
      .executeTakeFirstOrThrow()
    expect(row.active).toBe(true)
  })

  test('nobody can deactivate themselves', async () => {
    const admin = await createStaff(db, { role: 'admin' })
    const cookie = await signIn(db, admin.id, NOW)
    const { get, post } = testApp(db, { now: NOW })
    expect((await post(`/staff/medewerkers/${admin.id}/deactiveren`, {}, cookie)).status).toBe(404)
    expect((await get('/staff', cookie)).status).toBe(200)
  })
})

describe('who gets the pages', () => {
  test('counselors and volunteers get 404 on the staff page and the audit log', async () => {
    const point = await createSupportPoint(db)
    const { get } = testApp(db, { now: NOW })
    for (const role of ['counselor', 'volunteer'] as const) {
      const staff = await createStaff(db, {
        role,
        locationIds: role === 'counselor' ? [point.id] : [],
        regionIds: role === 'volunteer' ? [point.region.id] : [],
      })
      const cookie = await signIn(db, staff.id, NOW)
      expect((await get('/staff/medewerkers', cookie)).status).toBe(404)
      expect((await get('/staff/beheer/audit', cookie)).status).toBe(404)
    }
  })

  test('only the admin sees the audit log, with what was done', async () => {
    const point = await createSupportPoint(db)
    const { coordinator, cookie } = await coordinatorOf(point.region.id)
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const { get, post } = testApp(db, { now: NOW })
    expect((await post(`/staff/medewerkers/${counselor.id}/deactiveren`, {}, cookie)).status).toBe(
      303,
    )
    expect((await get('/staff/beheer/audit', cookie)).status).toBe(404)

    const admin = await createStaff(db, { role: 'admin' })
    const adminCookie = await signIn(db, admin.id, NOW)
    const page = await (
      await get(
        `/staff/beheer/audit?actie=staff.deactivate&medewerker=${coordinator.id}`,
        adminCookie,
      )
    ).text()
    expect(page).toContain(
      `Test coordinator zette het account van Test counselor (${counselor.email}) op non-actief`,
    )
    const unfiltered = await get('/staff/beheer/audit', adminCookie)
    expect(unfiltered.status).toBe(200)
    const other = await (
      await get(`/staff/beheer/audit?actie=booking.view&medewerker=${coordinator.id}`, adminCookie)
    ).text()
    expect(other).not.toContain('zette het account van')
  })
})

/** The person's role, support points and regions, as the database holds them. */
async function scopeOf(staffId: string) {
  const row = await db
    .selectFrom('staff')
    .select('role')
    .where('id', '=', staffId)
    .executeTakeFirstOrThrow()
  const locations = await db
    .selectFrom('staff_locations')
    .select('location_id')
    .where('staff_id', '=', staffId)
    .orderBy('location_id')
    .execute()
  const regions = await db
    .selectFrom('staff_regions')
    .select('region_id')
    .where('staff_id', '=', staffId)
    .orderBy('region_id')
    .execute()
  return {
    role: row.role,
    locations: locations.map((l) => l.location_id),
    regions: regions.map((r) => r.region_id),
  }
}

function actionsBy(staffId: string) {
  return db
    .selectFrom('audit_log')
    .select(['action', 'detail'])
    .where('staff_id', '=', staffId)
    .orderBy('id')
    .execute()
}

describe('changing a role', () => {
  test('the admin makes a counselor a coordinator: old places go, sessions end', async () => {
    const point = await createSupportPoint(db)
    const other = await createSupportPoint(db)
    const admin = await createStaff(db, { role: 'admin' })
    const cookie = await signIn(db, admin.id, NOW)
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const theirCookie = await signIn(db, counselor.id, NOW)
    const { get, post } = testApp(db, { now: NOW })
    expect((await get('/staff/steunpunten', theirCookie)).status).toBe(404)

    const res = await post(
      `/staff/medewerkers/${counselor.id}/rol`,
      { newRole: 'coordinator', newLocation: '', newRegion: other.region.id },
      cookie,
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/staff/medewerkers/${counselor.id}?klaar=rol`)
    expect(await scopeOf(counselor.id)).toEqual({
      role: 'coordinator',
      locations: [],
      regions: [other.region.id],
    })
    const after = await get('/staff', theirCookie)
    expect(after.status).toBe(303)
    expect(after.headers.get('Location')).toMatch(/^\/login/)
    const fresh = await signIn(db, counselor.id, NOW)
    expect((await get(`/staff/steunpunten/${other.slug}`, fresh)).status).toBe(200)
    expect((await get(`/staff/steunpunten/${point.slug}`, fresh)).status).toBe(404)
    expect(await actionsBy(admin.id)).toEqual([
      {
        action: 'staff.role',
        detail: `role ${counselor.email} counselor->coordinator region ${other.region.slug}`,
      },
    ])
    const page = await (await get(`/staff/medewerkers/${counselor.id}?klaar=rol`, cookie)).text()
    expect(page).toContain('De rol is gewijzigd')
  })

  test('a coordinator turns their counselor into a volunteer of their region', async () => {
    const point = await createSupportPoint(db)
    const { coordinator, cookie } = await coordinatorOf(point.region.id)
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [point.id] })
    const { post } = testApp(db, { now: NOW })
    const res = await post(
      `/staff/medewerkers/${counselor.id}/rol`,
      { newRole: 'volunteer', newRegion: point.region.id },
      cookie,
    )
    expect(res.status).toBe(303)
    expect(await scopeOf(counselor.id)).toEqual({
      role: 'volunteer',
      locations: [],
      regions: [point.region.id],
    })
    expect((await actionsBy(coordinator.id)).map((a) => a.action)).toEqual(['staff.role'])
  })

  test('a coordinator can never make anyone admin or coordinator', async () => {
    const point = await createSupportPoint(db)
    const { coordinator, cookie } = await coordinatorOf(point.region.id)
    const volunteer = await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] })
    const { get, post } = testApp(db, { now: NOW })
    const page = await (await get(`/staff/medewerkers/${volunteer.id}`, cookie)).text()
    expect(page).toContain('name="newRole"')
    expect(page).not.toContain('value="coordinator"')
    expect(page).not.toContain('value="admin"')
    for (const newRole of ['coordinator', 'admin']) {
      const res = await post(
        `/staff/medewerkers/${volunteer.id}/rol`,
        { newRole, newRegion: point.region.id },
        cookie,
      )
      expect(res.status).toBe(404)
    }
    expect((await scopeOf(volunteer.id)).role).toBe('volunteer')
    expect(await actionsBy(coordinator.id)).toEqual([])
  })

  test('a coordinator of A cannot see or change a person of B', async () => {
    const mine = await createSupportPoint(db)
    const theirs = await createSupportPoint(db)
    const { coordinator, cookie } = await coordinatorOf(mine.region.id)
    const volunteer = await createStaff(db, { role: 'volunteer', regionIds: [theirs.region.id] })
    const { get, post } = testApp(db, { now: NOW })
    expect((await get(`/staff/medewerkers/${volunteer.id}`, cookie)).status).toBe(404)
    const role = await post(
      `/staff/medewerkers/${volunteer.id}/rol`,
      { newRole: 'counselor', newLocation: mine.id },
      cookie,
    )
    expect(role.status).toBe(404)
    const link = await post(
      `/staff/medewerkers/${volunteer.id}/regio-koppelen`,
      { region: mine.region.id },
      cookie,
    )
    expect(link.status).toBe(404)
    const unlink = await post(
      `/staff/medewerkers/${volunteer.id}/regio-ontkoppelen`,
      { region: theirs.region.id },
      cookie,
    )
    expect(unlink.status).toBe(404)
    expect(await scopeOf(volunteer.id)).toEqual({
      role: 'volunteer',
      locations: [],
      regions: [theirs.region.id],
    })
    expect(await actionsBy(coordinator.id)).toEqual([])
  })

  test('a coordinator cannot take away places outside their region', async () => {
    const mine = await createSupportPoint(db)
    const theirs = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(mine.region.id)
    const counselor = await createStaff(db, {
      role: 'counselor',
      locationIds: [mine.id, theirs.id],
    })
    const { post } = testApp(db, { now: NOW })
    const res = await post(
      `/staff/medewerkers/${counselor.id}/rol`,
      { newRole: 'volunteer', newRegion: mine.region.id },
      cookie,
    )
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Deze persoon werkt ook buiten uw regio.')
    expect((await scopeOf(counselor.id)).locations).toHaveLength(2)
  })

  test('a coordinator cannot deactivate or reactivate someone who also works elsewhere (audit finding 5)', async () => {
    const mine = await createSupportPoint(db)
    const theirs = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(mine.region.id)
    const shared = await createStaff(db, { role: 'counselor', locationIds: [mine.id, theirs.id] })
    const { post, get } = testApp(db, { now: NOW })
    const sharedSession = await signIn(db, shared.id, NOW)
    const res = await post(`/staff/medewerkers/${shared.id}/deactiveren`, {}, cookie)
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/staff/medewerkers/${shared.id}?klaar=buiten`)
    const page = await get(res.headers.get('Location')!, cookie)
    expect(await page.text()).toContain('Deze persoon werkt ook in een andere regio.')
    const row = await db
      .selectFrom('staff')
      .select('active')
      .where('id', '=', shared.id)
      .executeTakeFirstOrThrow()
    expect(row.active).toBe(true)
    expect((await get('/staff', sharedSession)).status).toBe(200)
  })

  test('what the admin deactivated, only the admin reactivates (audit finding 5)', async () => {
    const mine = await createSupportPoint(db)
    const { cookie } = await coordinatorOf(mine.region.id)
    const admin = await createStaff(db, { role: 'admin' })
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [mine.id] })
    const { post } = testApp(db, { now: NOW })
    const base = `/staff/medewerkers/${counselor.id}`
    expect((await post(`${base}/deactiveren`, {}, await signIn(db, admin.id, NOW))).status).toBe(
      303,
    )
    const refused = await post(`${base}/activeren`, {}, cookie)
    expect(refused.headers.get('Location')).toBe(`${base}?klaar=beheer`)
    const active = async () =>
      (
        await db
          .selectFrom('staff')
          .select('active')
          .where('id', '=', counselor.id)
          .executeTakeFirstOrThrow()
      ).active
    expect(await active()).toBe(false)
    // What the coordinator deactivated, the coordinator may undo.
    await post(`${base}/activeren`, {}, await signIn(db, admin.id, NOW))
    await post(`${base}/deactiveren`, {}, cookie)
    expect(await active()).toBe(false)
    await post(`${base}/activeren`, {}, cookie)
    expect(await active()).toBe(true)
  })

  test('a missing place or the same role answers 422 with what was chosen', async () => {
    const point = await createSupportPoint(db)
    const admin = await createStaff(db, { role: 'admin', locale: 'en' })
    const cookie = await signIn(db, admin.id, NOW)
    const volunteer = await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] })
    const { post } = testApp(db, { now: NOW })

    const missing = await post(
      `/staff/medewerkers/${volunteer.id}/rol`,
      { newRole: 'counselor', newLocation: '', newRegion: '' },
      cookie,
    )
    expect(missing.status).toBe(422)
    const page = await missing.text()
    expect(page).toContain('Choose a support point for the counselor.')
    expect(page).toContain('<option value="counselor" selected')
    const same = await post(
      `/staff/medewerkers/${volunteer.id}/rol`,
      { newRole: 'volunteer', newRegion: point.region.id },
      cookie,
    )
    expect(same.status).toBe(422)
    expect(await same.text()).toContain('This person already has this role.')
    expect(await scopeOf(volunteer.id)).toEqual({
      role: 'volunteer',
      locations: [],
      regions: [point.region.id],
    })
    expect(await actionsBy(admin.id)).toEqual([])
  })
})

describe('changing regions', () => {
  test('a coordinator links their volunteer to a second region of theirs, and unlinks it', async () => {
    const first = await createSupportPoint(db)
    const second = await createSupportPoint(db)
    const coordinator = await createStaff(db, {
      role: 'coordinator',
      regionIds: [first.region.id, second.region.id],
    })
    const cookie = await signIn(db, coordinator.id, NOW)
    const volunteer = await createStaff(db, { role: 'volunteer', regionIds: [first.region.id] })
    const { post } = testApp(db, { now: NOW })
    const path = (action: string) => `/staff/medewerkers/${volunteer.id}/${action}`

    expect((await post(path('regio-koppelen'), { region: second.region.id }, cookie)).status).toBe(
      303,
    )
    const again = await post(path('regio-koppelen'), { region: second.region.id }, cookie)
    expect(again.status).toBe(422)
    expect(await again.text()).toContain('Deze persoon hoort al bij deze regio.')
    expect(
      (await post(path('regio-ontkoppelen'), { region: first.region.id }, cookie)).status,
    ).toBe(303)
    const last = await post(path('regio-ontkoppelen'), { region: second.region.id }, cookie)
    expect(last.status).toBe(422)
    expect(await last.text()).toContain('houdt minstens één regio')
    expect((await scopeOf(volunteer.id)).regions).toEqual([second.region.id])
    expect((await actionsBy(coordinator.id)).map((a) => a.action)).toEqual([
      'staff.assign-region',
      'staff.unassign-region',
    ])
  })

  test('a scope change counts from the person’s next request, without signing them out', async () => {
    const first = await createSupportPoint(db)
    const second = await createSupportPoint(db)
    const admin = await createStaff(db, { role: 'admin' })
    const adminCookie = await signIn(db, admin.id, NOW)
    const coordinator = await createStaff(db, {
      role: 'coordinator',
      regionIds: [first.region.id, second.region.id],
    })
    const cookie = await signIn(db, coordinator.id, NOW)
    const { get, post } = testApp(db, { now: NOW })
    expect((await get(`/staff/steunpunten/${second.slug}`, cookie)).status).toBe(200)

    const res = await post(
      `/staff/medewerkers/${coordinator.id}/regio-ontkoppelen`,
      { region: second.region.id },
      adminCookie,
    )
    expect(res.status).toBe(303)
    expect((await get(`/staff/steunpunten/${second.slug}`, cookie)).status).toBe(404)
    expect((await get(`/staff/steunpunten/${first.slug}`, cookie)).status).toBe(200)
  })
})

describe('each account action has its own name in the audit log', () => {
  test('resend, deactivate, reactivate', async () => {
    const point = await createSupportPoint(db)
    const { coordinator, cookie } = await coordinatorOf(point.region.id)
    const { post } = testApp(db, { now: NOW })
    const email = `${uniqueSlug('n')}@example.org`
    await post(
      '/staff/medewerkers/uitnodigen',
      { name: 'Nieuw', email, role: 'volunteer', region: point.region.id, locale: 'nl' },
      cookie,
    )
    const person = await db
      .selectFrom('staff')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
    for (const action of ['opnieuw-uitnodigen', 'deactiveren', 'activeren']) {
      expect((await post(`/staff/medewerkers/${person.id}/${action}`, {}, cookie)).status).toBe(303)
    }
    expect(await actionsBy(coordinator.id)).toEqual([
      { action: 'staff.invite', detail: `invite volunteer ${email}` },
      { action: 'staff.resend', detail: `resend ${email}` },
      { action: 'staff.deactivate', detail: `deactivate ${email}` },
      { action: 'staff.reactivate', detail: `reactivate ${email}` },
    ])
  })
})
