import { spacedReference } from '../../src/domain/reference.js'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { newReference } from '../../src/domain/reference.js'
import { changeRole } from '../../src/services/people.js'
import type { Db } from '../../src/db/database.js'
import { testApp } from '../support/app.js'
import { openTestDatabase } from '../support/database.js'
import { createSupportPoint, uniqueSlug } from '../support/fixtures.js'
import { createStaff, signIn } from '../support/staff.js'
import { bookThroughForm } from '../support/booking.js'

// Monday 30 November 2026, 09:00 in Amsterdam. Tuesday's hours are 13:00–14:00.
const NOW = new Date('2026-11-30T08:00:00Z')
const TUESDAY_13 = '2026-12-01T13:00+01:00'
const HOURS = [{ weekday: 2, start: '13:00', end: '14:00', counselors: 2 }]

let db: Db

beforeAll(async () => {
  db = await openTestDatabase()
})

afterAll(async () => {
  await db.destroy()
})

/** A signed-in admin and the app at NOW. */
async function asAdmin(locale: 'nl' | 'en' = 'nl') {
  const admin = await createStaff(db, { role: 'admin', locale })
  const cookie = await signIn(db, admin.id, NOW)
  const app = testApp(db, { now: NOW })
  return {
    admin,
    get: (path: string) => app.get(path, cookie),
    post: (path: string, form: Record<string, string>) => app.post(path, form, cookie),
    app,
  }
}

function auditOf(staffId: string) {
  return db
    .selectFrom('audit_log')
    .select(['action', 'location_id', 'detail'])
    .where('staff_id', '=', staffId)
    .orderBy('id')
    .execute()
}

function regionBySlug(slug: string) {
  return db.selectFrom('regions').selectAll().where('slug', '=', slug).executeTakeFirst()
}

function pointBySlug(slug: string) {
  return db.selectFrom('locations').selectAll().where('slug', '=', slug).executeTakeFirst()
}

/** Books through the public form at NOW, as a client would. */
async function book(slug: string, start: string) {
  const fields = { email: 'client@example.org' }
  return (await bookThroughForm(db, { slug, start, now: NOW, fields })).booking
}

describe('regions', () => {
  test('the admin creates a region whose project leader shows on the public page', async () => {
    const { admin, get, post } = await asAdmin()
    const leader = await createStaff(db, { role: 'coordinator' })
    const slug = uniqueSlug('zeeland')

    const res = await post('/staff/beheer/regios/nieuw', {
      name: 'Zeeland Test',
      slug,
      projectLeader: leader.id,
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/staff/beheer/regios/${slug}?klaar=aangemaakt`)
    const region = await regionBySlug(slug)
    expect(region).toMatchObject({ name: 'Zeeland Test', project_leader_id: leader.id })
    expect(await auditOf(admin.id)).toEqual([
      { action: 'region.create', location_id: null, detail: `create ${slug} "Zeeland Test"` },
    ])

    const page = await (await get(`/staff/beheer/regios/${slug}?klaar=aangemaakt`)).text()
    expect(page).toContain('De regio is aangemaakt.')
    const list = await (await get('/staff/beheer/regios')).text()
    expect(list).toContain('Zeeland Test')
    const publicPage = await testApp(db, { now: NOW }).get(`/regio/${slug}`)
    expect(publicPage.status).toBe(200)
    expect(await publicPage.text()).toContain(leader.name)
  })

  test('editing the name, slug and project leader shows on the public region page', async () => {
    const point = await createSupportPoint(db)
    const { admin, post } = await asAdmin()
    const leader = await createStaff(db, { role: 'admin' })
    await db
      .updateTable('staff')
      .set({ name: 'Nieuwe Projectleider' })
      .where('id', '=', leader.id)
      .execute()
    const slug = uniqueSlug('hernoemd')

    const res = await post(`/staff/beheer/regios/${point.region.slug}`, {
      name: 'Regio Hernoemd',
      slug,
      projectLeader: leader.id,
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/staff/beheer/regios/${slug}?klaar=opgeslagen`)
    const publicApp = testApp(db, { now: NOW })
    const page = await (await publicApp.get(`/regio/${slug}`)).text()
    expect(page).toContain('Regio Hernoemd')
    expect(page).toContain('Nieuwe Projectleider')
    expect(page).toContain(point.name)
    expect((await publicApp.get(`/regio/${point.region.slug}`)).status).toBe(404)
    const [entry] = await auditOf(admin.id)
    expect(entry?.action).toBe('region.update')
    expect(entry?.detail).toContain(`slug ${point.region.slug}->${slug}`)
  })

  test('a project leader who is no longer a coordinator is kept until someone else is chosen', async () => {
    const point = await createSupportPoint(db)
    await db
      .updateTable('staff')
      .set({ role: 'counselor' })
      .where('id', '=', point.leaderId)
      .execute()
    const { get, post } = await asAdmin()
    const page = await (await get(`/staff/beheer/regios/${point.region.slug}`)).text()
    expect(page).toContain(`<option value="${point.leaderId}" selected`)
    const res = await post(`/staff/beheer/regios/${point.region.slug}`, {
      name: 'Alleen een nieuwe naam',
      slug: point.region.slug,
      projectLeader: point.leaderId,
    })
    expect(res.status).toBe(303)
    expect(await regionBySlug(point.region.slug)).toMatchObject({
      name: 'Alleen een nieuwe naam',
      project_leader_id: point.leaderId,
    })
  })

  test('bad input answers 422 with the messages and what was typed, and writes nothing', async () => {
    const { admin, post } = await asAdmin()
    const name = `Fout ${uniqueSlug('r')}`
    const res = await post('/staff/beheer/regios/nieuw', {
      name,
      slug: 'Noord Holland!',
      projectLeader: '00000000-0000-4000-8000-000000000000',
    })
    expect(res.status).toBe(422)
    const page = await res.text()
    expect(page).toContain('Gebruik alleen kleine letters a–z')
    expect(page).toContain('Kies iemand of iets uit de lijst.')
    expect(page).toContain(`value="${name}"`)
    expect(page).toContain('value="Noord Holland!"')
    const written = await db.selectFrom('regions').select('id').where('name', '=', name).execute()
    expect(written).toEqual([])
    expect(await auditOf(admin.id)).toEqual([])

    const empty = await post('/staff/beheer/regios/nieuw', { name: '', slug: '' })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('Vul dit in.')
  })

  test('a slug already in use is refused, on create and on edit, in the admin’s language', async () => {
    const taken = await createSupportPoint(db)
    const other = await createSupportPoint(db)
    const { admin, post } = await asAdmin('en')

    const create = await post('/staff/beheer/regios/nieuw', {
      name: 'Dubbel',
      slug: taken.region.slug,
    })
    expect(create.status).toBe(422)
    const page = await create.text()
    expect(page).toContain('Another region already uses this web address.')
    expect(page).toContain('value="Dubbel"')

    const edit = await post(`/staff/beheer/regios/${other.region.slug}`, {
      name: 'Andere naam',
      slug: taken.region.slug,
    })
    expect(edit.status).toBe(422)
    expect(await edit.text()).toContain('value="Andere naam"')
    expect(await regionBySlug(other.region.slug)).toMatchObject({ name: other.region.name })
    expect(await auditOf(admin.id)).toEqual([])
  })

  test('coordinators are linked to a region and removed, never from their last one', async () => {
    const first = await createSupportPoint(db)
    const second = await createSupportPoint(db)
    const { admin, get, post } = await asAdmin()
    const coordinator = await createStaff(db, {
      role: 'coordinator',
      regionIds: [first.region.id],
    })
    const removeFromFirst = () =>
      post(`/staff/beheer/regios/${first.region.slug}/coordinatoren/verwijderen`, {
        staff: coordinator.id,
      })

    const last = await removeFromFirst()
    expect(last.status).toBe(422)
    expect(await last.text()).toContain('Dit is de enige regio van deze coördinator.')

    const add = await post(`/staff/beheer/regios/${second.region.slug}/coordinatoren`, {
      staff: coordinator.id,
    })
    expect(add.status).toBe(303)
    const page = await (await get(`/staff/beheer/regios/${second.region.slug}`)).text()
    expect(page).toContain(`/staff/medewerkers/${coordinator.id}`)

    expect((await removeFromFirst()).status).toBe(303)
    const links = await db
      .selectFrom('staff_regions')
      .select('region_id')
      .where('staff_id', '=', coordinator.id)
      .execute()
    expect(links).toEqual([{ region_id: second.region.id }])
    expect((await auditOf(admin.id)).map((a) => a.action)).toEqual([
      'staff.assign-region',
      'staff.unassign-region',
    ])

    // A counselor is not a coordinator: unknown here.
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [first.id] })
    const wrong = await post(`/staff/beheer/regios/${first.region.slug}/coordinatoren`, {
      staff: counselor.id,
    })
    expect(wrong.status).toBe(404)
  })
})

describe('support points', () => {
  const NEW_POINT = {
    name: 'Steunpunt Vlissingen',
    municipality: 'Vlissingen',
    address: 'Havenweg 3',
    postalCode: '4381ab',
    directions: 'Naast het station',
    phone: '0118 000 000',
    timezone: 'Europe/Amsterdam',
    slotMinutes: '45',
    minNoticeMinutes: '60',
    horizonDays: '28',
    walkInSeats: '1',
  }

  test('the admin creates a support point, then edits its hours where coordinators do', async () => {
    const existing = await createSupportPoint(db)
    const { admin, get, post } = await asAdmin()
    const slug = uniqueSlug('vlissingen')

    const res = await post('/staff/beheer/steunpunten/nieuw', {
      ...NEW_POINT,
      region: existing.region.id,
      slug,
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe(`/staff/steunpunten/${slug}`)
    const point = await pointBySlug(slug)
    expect(point).toMatchObject({
      region_id: existing.region.id,
      name: 'Steunpunt Vlissingen',
      postal_code: '4381 AB',
      timezone: 'Europe/Amsterdam',
      slot_minutes: 45,
      min_notice_minutes: 60,
      horizon_days: 28,
      walk_in_seats: 1,
      active: true,
    })
    expect(await auditOf(admin.id)).toEqual([
      { action: 'location.create', location_id: point!.id, detail: `create ${slug}` },
    ])
    expect((await get(`/staff/steunpunten/${slug}`)).status).toBe(200)
    const publicPage = await testApp(db, { now: NOW }).get(`/steunpunt/${slug}`)
    expect(publicPage.status).toBe(200)
    expect(await publicPage.text()).toContain('Havenweg 3')
  })

  test('the form starts with Europe/Amsterdam and the usual rules', async () => {
    const { get } = await asAdmin()
    const page = await (await get('/staff/beheer/steunpunten/nieuw')).text()
    expect(page).toContain('value="Europe/Amsterdam"')
    expect(page).toMatch(/name="slotMinutes"[^>]*value="30"|value="30"[^>]*name="slotMinutes"/)
  })

  test('an unknown time zone and other bad input answer 422 and keep the form', async () => {
    const existing = await createSupportPoint(db)
    const { admin, post } = await asAdmin()
    const slug = uniqueSlug('mars')
    const res = await post('/staff/beheer/steunpunten/nieuw', {
      ...NEW_POINT,
      region: existing.region.id,
      slug,
      timezone: 'Mars/Olympus_Mons',
      postalCode: 'XX',
      slotMinutes: '1000',
    })
    expect(res.status).toBe(422)
    const page = await res.text()
    expect(page).toContain('Vul een tijdzone in zoals Europe/Amsterdam.')
    expect(page).toContain('Vul een postcode in als 1234 AB.')
    expect(page).toContain('Vul een getal van 5 tot en met 240 in.')
    expect(page).toContain('value="Mars/Olympus_Mons"')
    expect(page).toContain('value="Havenweg 3"')
    expect(page).toContain(`<option value="${existing.region.id}" selected`)
    expect(await pointBySlug(slug)).toBeUndefined()
    expect(await auditOf(admin.id)).toEqual([])
  })

  test('a support point slug already in use is refused', async () => {
    const existing = await createSupportPoint(db)
    const { post } = await asAdmin()
    const res = await post('/staff/beheer/steunpunten/nieuw', {
      ...NEW_POINT,
      region: existing.region.id,
      slug: existing.slug,
    })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('Dit webadres is al in gebruik door een ander steunpunt.')
    expect(await pointBySlug(existing.slug)).toMatchObject({ name: existing.name })
  })

  test('a closed support point leaves the public site and cannot be booked; it can reopen', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { admin, post } = await asAdmin()
    const publicApp = testApp(db, { now: NOW })
    expect(await (await publicApp.get('/')).text()).toContain(point.name)

    const res = await post(`/staff/beheer/steunpunten/${point.slug}/sluiten`, {})
    expect(res.status).toBe(303)
    expect((await pointBySlug(point.slug))?.active).toBe(false)
    expect(await (await publicApp.get('/')).text()).not.toContain(point.name)
    expect((await publicApp.get(`/steunpunt/${point.slug}`)).status).toBe(404)
    expect((await publicApp.get(`/steunpunt/${point.slug}/afspraak`)).status).toBe(404)
    expect((await publicApp.get(`/regio/${point.region.slug}`)).status).toBe(200)
    expect(await (await publicApp.get(`/regio/${point.region.slug}`)).text()).not.toContain(
      point.name,
    )
    const booking = await publicApp.post(`/steunpunt/${point.slug}/afspraak`, {
      name: 'X',
      language: 'ti',
      interpreter: 'no',
      topic: 'orientation',
      start: TUESDAY_13,
    })
    expect(booking.status).toBe(404)
    const bookings = await db
      .selectFrom('bookings')
      .select('id')
      .where('location_id', '=', point.id)
      .execute()
    expect(bookings).toEqual([])

    expect((await post(`/staff/beheer/steunpunten/${point.slug}/openen`, {})).status).toBe(303)
    expect((await publicApp.get(`/steunpunt/${point.slug}`)).status).toBe(200)
    expect((await auditOf(admin.id)).map((a) => [a.action, a.location_id])).toEqual([
      ['location.deactivate', point.id],
      ['location.reactivate', point.id],
    ])
  })

  test('the admin renames a support point; its web address stays and the change is audited', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const { admin, get, post } = await asAdmin()
    const publicApp = testApp(db, { now: NOW })
    expect(await (await publicApp.get(`/steunpunt/${point.slug}`)).text()).toContain(point.name)

    const empty = await post(`/staff/beheer/steunpunten/${point.slug}/naam`, {
      name: '',
      municipality: 'Middelburg',
    })
    expect(empty.status).toBe(422)
    const emptyPage = await empty.text()
    expect(emptyPage).toContain('value="Middelburg"')
    expect(emptyPage).toContain('aria-invalid="true"')
    expect((await pointBySlug(point.slug))?.name).toBe(point.name)

    const saved = await post(`/staff/beheer/steunpunten/${point.slug}/naam`, {
      name: 'Steunpunt Zeeuws-Vlaanderen',
      municipality: 'Terneuzen',
    })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('Location')).toBe(
      `/staff/beheer/steunpunten/${point.slug}?klaar=hernoemd`,
    )
    expect(await (await get(saved.headers.get('Location')!)).text()).toContain(
      'De naam en gemeente zijn opgeslagen.',
    )
    expect(await pointBySlug(point.slug)).toMatchObject({
      name: 'Steunpunt Zeeuws-Vlaanderen',
      municipality: 'Terneuzen',
    })
    const page = await (await publicApp.get(`/steunpunt/${point.slug}`)).text()
    expect(page).toContain('Steunpunt Zeeuws-Vlaanderen')
    expect((await auditOf(admin.id)).map((a) => [a.action, a.location_id])).toEqual([
      ['location.rename', point.id],
    ])

    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] })
    const asCoordinator = testApp(db, { now: NOW })
    const denied = await asCoordinator.post(
      `/staff/beheer/steunpunten/${point.slug}/naam`,
      { name: 'Niet toegestaan', municipality: 'X' },
      await signIn(db, coordinator.id, NOW),
    )
    expect(denied.status).toBe(404)
    expect((await pointBySlug(point.slug))?.name).toBe('Steunpunt Zeeuws-Vlaanderen')
  })

  test("a client's manage link still opens at a closed point, and erasing works there", async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const publicApp = testApp(db, { now: NOW })
    const res = await publicApp.post(`/steunpunt/${point.slug}/afspraak`, {
      name: 'A. K.',
      language: 'ti',
      interpreter: 'no',
      topic: 'orientation',
      email: '',
      phone: '',
      note: '',
      start: TUESDAY_13,
    })
    const manage = (res.headers.get('Location') ?? '').split('?')[0]!
    expect(manage).toMatch(/^\/b\//)
    const { post } = await asAdmin()
    const closed = await post(`/staff/beheer/steunpunten/${point.slug}/sluiten`, {
      confirm: 'cancel',
      affected: (
        await db
          .selectFrom('bookings')
          .select('id')
          .where('location_id', '=', point.id)
          .executeTakeFirstOrThrow()
      ).id,
      message: '',
    })
    expect(closed.status).toBe(303)
    expect((await pointBySlug(point.slug))?.active).toBe(false)

    const { reference } = await db
      .selectFrom('bookings')
      .select('reference')
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    const page = await publicApp.get(manage)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(reference.slice(0, 4))
    expect(html).toContain(point.name)
    const wipe = await publicApp.post(`${manage}/wissen`, {})
    expect(wipe.headers.get('Location')).toBe('/gewist')
    const erased = await db
      .selectFrom('bookings')
      .select(['name', 'erased_at'])
      .where('location_id', '=', point.id)
      .executeTakeFirstOrThrow()
    expect(erased.name).toBeNull()
    expect(erased.erased_at).not.toBeNull()
  })

  test('a busy point closes too: the list of bookings to come is never cut short', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    // More bookings than a 2,000-character field holds ids (37 characters each).
    for (let i = 0; i < 60; i++) {
      await db
        .insertInto('bookings')
        .values({
          reference: newReference((n) => randomBytes(n)),
          location_id: point.id,
          starts_at: new Date('2026-12-01T12:00:00Z'),
          ends_at: new Date('2026-12-01T12:30:00Z'),
          source: 'online',
          language: 'ar',
          name: null,
          email: null,
          phone: null,
          note: null,
          manage_token_hash: null,
          booked_by: null,
          erased_at: null,
          cancelled_at: null,
          cancelled_by: null,
        })
        .execute()
    }
    const { post } = await asAdmin()
    const close = (form: Record<string, string>) =>
      post(`/staff/beheer/steunpunten/${point.slug}/sluiten`, form)
    const asked = await close({})
    expect(asked.status).toBe(409)
    const affected = /name="affected" value="([^"]+)"/.exec(await asked.text())?.[1] ?? ''
    expect(affected.split(',')).toHaveLength(60)
    expect(affected.length).toBeGreaterThan(2000)
    const done = await close({ confirm: 'cancel', affected, message: 'We sluiten.' })
    expect(done.status).toBe(303)
    expect((await pointBySlug(point.slug))?.active).toBe(false)
  }, 60_000)

  test('closing a point with bookings to come shows them and changes nothing until confirmed', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const booked = await book(point.slug, TUESDAY_13)
    const { admin, post } = await asAdmin()
    const close = (form: Record<string, string>) =>
      post(`/staff/beheer/steunpunten/${point.slug}/sluiten`, form)

    const asked = await close({})
    expect(asked.status).toBe(409)
    const page = await asked.text()
    expect(page).toContain(spacedReference(booked.reference))
    expect(page).not.toContain('A. K.')
    expect(page).toContain(`name="affected" value="${booked.id}"`)
    expect((await pointBySlug(point.slug))?.active).toBe(true)

    // A second booking after the question was asked: the confirmation no longer fits.
    const late = await book(point.slug, TUESDAY_13)
    const stale = await close({ confirm: 'cancel', affected: booked.id, message: '' })
    expect(stale.status).toBe(409)
    const stalePage = await stale.text()
    expect(stalePage).toContain('De lijst is veranderd')
    expect(stalePage).toContain(spacedReference(late.reference))
    expect((await pointBySlug(point.slug))?.active).toBe(true)
    expect(await auditOf(admin.id)).toEqual([])

    const done = await close({
      confirm: 'cancel',
      affected: `${booked.id},${late.id}`,
      message: 'We sluiten; kom naar een ander steunpunt.',
    })
    expect(done.status).toBe(303)
    expect(done.headers.get('Location')).toBe(
      `/staff/beheer/steunpunten/${point.slug}?klaar=gesloten&geannuleerd=2`,
    )
    const statuses = await db
      .selectFrom('bookings')
      .select(['status', 'cancelled_by', 'cancel_reason'])
      .where('location_id', '=', point.id)
      .execute()
    expect(statuses).toEqual([
      {
        status: 'cancelled',
        cancelled_by: 'staff',
        cancel_reason: 'We sluiten; kom naar een ander steunpunt.',
      },
      {
        status: 'cancelled',
        cancelled_by: 'staff',
        cancel_reason: 'We sluiten; kom naar een ander steunpunt.',
      },
    ])
    const told = await db
      .selectFrom('outbox')
      .select('kind')
      .where('booking_id', '=', booked.id)
      .where('recipient', '=', 'client@example.org')
      .execute()
    expect(told.map((m) => m.kind)).toContain('client-cancelled')
    expect((await pointBySlug(point.slug))?.active).toBe(false)
    expect((await auditOf(admin.id)).map((a) => a.action)).toEqual([
      'booking.cancel',
      'booking.cancel',
      'location.deactivate',
    ])
  })

  test('moving a point to another region moves it between coordinators', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const target = await createSupportPoint(db)
    const { admin, post } = await asAdmin()
    const oldCoordinator = await createStaff(db, {
      role: 'coordinator',
      regionIds: [point.region.id],
    })
    const newCoordinator = await createStaff(db, {
      role: 'coordinator',
      regionIds: [target.region.id],
    })
    const app = testApp(db, { now: NOW })
    const oldCookie = await signIn(db, oldCoordinator.id, NOW)
    const newCookie = await signIn(db, newCoordinator.id, NOW)
    expect((await app.get(`/staff/steunpunten/${point.slug}`, oldCookie)).status).toBe(200)
    expect((await app.get(`/staff/steunpunten/${point.slug}`, newCookie)).status).toBe(404)

    const same = await post(`/staff/beheer/steunpunten/${point.slug}/regio`, {
      region: point.region.id,
    })
    expect(same.status).toBe(422)
    expect(await same.text()).toContain('Het steunpunt hoort al bij deze regio.')

    const res = await post(`/staff/beheer/steunpunten/${point.slug}/regio`, {
      region: target.region.id,
    })
    expect(res.status).toBe(303)
    expect((await pointBySlug(point.slug))?.region_id).toBe(target.region.id)
    expect((await app.get(`/staff/steunpunten/${point.slug}`, oldCookie)).status).toBe(404)
    expect((await app.get(`/staff/steunpunten/${point.slug}`, newCookie)).status).toBe(200)
    const [entry] = await auditOf(admin.id)
    expect(entry).toEqual({
      action: 'location.move',
      location_id: point.id,
      detail: `move ${point.slug} from ${point.region.slug} to ${target.region.slug}`,
    })
  })
})

describe('only the admin', () => {
  test('everyone else gets 404 on the admin pages and actions, and nothing changes', async () => {
    const point = await createSupportPoint(db, { hours: HOURS })
    const others = [
      await createStaff(db, { role: 'coordinator', regionIds: [point.region.id] }),
      await createStaff(db, { role: 'counselor', locationIds: [point.id] }),
      await createStaff(db, { role: 'volunteer', regionIds: [point.region.id] }),
    ]
    const app = testApp(db, { now: NOW })
    const slug = uniqueSlug('verboden')
    const pages = [
      '/staff/beheer/regios',
      '/staff/beheer/regios/nieuw',
      `/staff/beheer/regios/${point.region.slug}`,
      '/staff/beheer/steunpunten',
      '/staff/beheer/steunpunten/nieuw',
      `/staff/beheer/steunpunten/${point.slug}`,
    ]
    const actions: Array<[string, Record<string, string>]> = [
      ['/staff/beheer/regios/nieuw', { name: 'Verboden', slug }],
      [`/staff/beheer/regios/${point.region.slug}`, { name: 'Verboden', slug }],
      [`/staff/beheer/regios/${point.region.slug}/coordinatoren`, { staff: others[0]!.id }],
      ['/staff/beheer/steunpunten/nieuw', { region: point.region.id, name: 'Verboden', slug }],
      [`/staff/beheer/steunpunten/${point.slug}/sluiten`, {}],
      [`/staff/beheer/steunpunten/${point.slug}/regio`, { region: point.region.id }],
    ]
    for (const person of others) {
      const cookie = await signIn(db, person.id, NOW)
      for (const path of pages) {
        expect((await app.get(path, cookie)).status, `${person.email} ${path}`).toBe(404)
      }
      for (const [path, form] of actions) {
        expect((await app.post(path, form, cookie)).status, `${person.email} ${path}`).toBe(404)
      }
      const nav = await (await app.get('/staff', cookie)).text()
      expect(nav).not.toContain('/staff/beheer/regios')
    }
    const anonymous = await app.get('/staff/beheer/regios')
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('Location')).toMatch(/^\/login\?next=/)
    expect(await regionBySlug(slug)).toBeUndefined()
    expect(await pointBySlug(slug)).toBeUndefined()
    expect(await regionBySlug(point.region.slug)).toMatchObject({ name: point.region.name })
    expect((await pointBySlug(point.slug))?.active).toBe(true)
    const logged = await db
      .selectFrom('audit_log')
      .select('id')
      .where(
        'staff_id',
        'in',
        others.map((o) => o.id),
      )
      .execute()
    expect(logged).toEqual([])

    const { get } = await asAdmin()
    const nav = await (await get('/staff')).text()
    expect(nav).toContain('href="/staff/beheer/regios"')
    expect(nav).toContain('href="/staff/beheer/steunpunten"')
  })
})

describe('role changes checked again under the lock', () => {
  test('a change based on an old view of the person is refused and changes nothing', async () => {
    const a = await createSupportPoint(db, { hours: HOURS })
    const b = await createSupportPoint(db, { hours: HOURS })
    const counselor = await createStaff(db, { role: 'counselor', locationIds: [a.id] })
    const coordinator = await createStaff(db, { role: 'coordinator', regionIds: [a.region.id] })
    const seen = { id: counselor.id, email: counselor.email, role: 'counselor' as const }
    // Meanwhile the admin also links the counselor to a point in another region.
    await db
      .insertInto('staff_locations')
      .values({ staff_id: counselor.id, location_id: b.id })
      .execute()
    const outcome = await changeRole(db, {
      person: seen,
      role: 'volunteer',
      locationId: null,
      regionId: a.region.id,
      scope: { locationIds: [a.id], regionIds: [a.region.id] },
      by: coordinator.id,
      now: NOW,
    })
    expect(outcome).toBe('stale')
    const after = await db
      .selectFrom('staff')
      .select('role')
      .where('id', '=', counselor.id)
      .executeTakeFirstOrThrow()
    expect(after.role).toBe('counselor')
    const links = await db
      .selectFrom('staff_locations')
      .select('location_id')
      .where('staff_id', '=', counselor.id)
      .execute()
    expect(links.map((l) => l.location_id).sort()).toEqual([a.id, b.id].sort())

    // And a role that changed meanwhile: the view said counselor, the admin made them coordinator.
    await db
      .updateTable('staff')
      .set({ role: 'coordinator' })
      .where('id', '=', counselor.id)
      .execute()
    const late = await changeRole(db, {
      person: seen,
      role: 'volunteer',
      locationId: null,
      regionId: a.region.id,
      by: coordinator.id,
      now: NOW,
    })
    expect(late).toBe('stale')
  })

  test('a support point linked while the person becomes a volunteer never stays on them', async () => {
    const a = await createSupportPoint(db)
    const b = await createSupportPoint(db)
    const admin = await createStaff(db, { role: 'admin' })
    const cookie = await signIn(db, admin.id, NOW)
    const { post } = testApp(db, { now: NOW })
    // On PostgreSQL the two really race; either may win, but never both halfway.
    for (let round = 0; round < 8; round++) {
      const person = await createStaff(db, { role: 'counselor', locationIds: [a.id] })
      const [linked, changed] = await Promise.all([
        post(`/staff/medewerkers/${person.id}/koppelen`, { location: b.id }, cookie),
        changeRole(db, {
          person: { id: person.id, email: person.email, role: 'counselor' },
          role: 'volunteer',
          locationId: null,
          regionId: a.region.id,
          by: admin.id,
          now: NOW,
        }),
      ])
      expect(changed).toBe('changed')
      // Linked first and then removed by the role change; refused as stale inside the
      // transaction (409); or the role change came first and the page is gone (404).
      expect([303, 404, 409]).toContain(linked.status)
      const places = await db
        .selectFrom('staff_locations')
        .select('location_id')
        .where('staff_id', '=', person.id)
        .execute()
      expect(places).toEqual([])
    }
  })

  test('two admins demoting each other at once: one is refused, an admin remains', async () => {
    // A database of its own: elsewhere other test files' admins would count.
    const own = await openTestDatabase({ own: true })
    try {
      const admins = await Promise.all([
        createStaff(own, { role: 'admin' }),
        createStaff(own, { role: 'admin' }),
      ])
      const demote = (target: (typeof admins)[number], by: (typeof admins)[number]) =>
        changeRole(own, {
          person: { id: target.id, email: target.email, role: 'admin' },
          role: 'volunteer',
          locationId: null,
          regionId: null,
          by: by.id,
          now: NOW,
        })
      const outcomes = await Promise.all([
        demote(admins[0], admins[1]),
        demote(admins[1], admins[0]),
      ])
      expect([...outcomes].sort()).toEqual(['changed', 'last_admin'])
      const left = await own
        .selectFrom('staff')
        .select('id')
        .where('role', '=', 'admin')
        .where('active', '=', true)
        .execute()
      expect(left).toHaveLength(1)
    } finally {
      await own.destroy()
    }
  })
})
