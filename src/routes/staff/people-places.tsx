import { Hono } from 'hono'
import type { AppEnv } from '../../app-env.js'
import { isUuid } from '../../domain/uuid.js'
import { readForm } from '../../http/form.js'
import {
  assignLocation,
  linkRegion,
  unassignLocation,
  unlinkRegion,
} from '../../services/people-places.js'
import { mayActOnLocation, mayActOnRegion, scopeChoices } from '../../services/scope.js'
import { errorResponse } from '../errors.js'
import { managed, messages, personPage, type C } from './people-shared.js'

/**
 * A staff account's places (mounted by people.tsx under /staff/medewerkers/:id): a
 * counselor's support points, a volunteer's or coordinator's regions, linked and unlinked
 * within the viewer's scope; the last one stays.
 */
export const personPlaceRoutes = new Hono<AppEnv>()

personPlaceRoutes.post('/:id/koppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await managed(c)
  const locationId = (await readForm(c)).text('location', 40)
  const choices = await scopeChoices(db, staff)
  if (!person || person.role !== 'counselor') return errorResponse(c, 404)
  if (!choices.locations.some((l) => l.value === locationId)) return errorResponse(c, 404)
  const added = await assignLocation(db, { person, locationId, by: staff.id, now: clock() })
  if (added === 'stale') return errorResponse(c, 409)
  if (!added) {
    const errors = { location: messages(c).alreadyAssigned }
    const values = { location: locationId }
    return personPage(c, person.id, { form: 'location', values, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=gekoppeld`, 303)
})

personPlaceRoutes.post('/:id/ontkoppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await managed(c)
  const locationId = (await readForm(c)).text('location', 40)
  if (!person || person.role !== 'counselor' || !isUuid(locationId)) {
    return errorResponse(c, 404)
  }
  if (!mayActOnLocation(staff, locationId)) return errorResponse(c, 404)
  const outcome = await unassignLocation(db, { person, locationId, by: staff.id, now: clock() })
  if (outcome === 'not_linked') return errorResponse(c, 404)
  if (outcome === 'last') {
    const errors = { location: messages(c).lastAssignment }
    return personPage(c, person.id, { form: 'location', values: {}, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=ontkoppeld`, 303)
})

/** A volunteer or coordinator whose regions the viewer may change, or undefined (404). */
async function findRegional(c: C) {
  const person = await managed(c)
  return person && (person.role === 'volunteer' || person.role === 'coordinator')
    ? person
    : undefined
}

personPlaceRoutes.post('/:id/regio-koppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findRegional(c)
  const regionId = (await readForm(c)).text('region', 40)
  if (!person) return errorResponse(c, 404)
  const choices = await scopeChoices(db, staff)
  if (!choices.regions.some((r) => r.value === regionId)) return errorResponse(c, 404)
  const linked = await linkRegion(db, { person, regionId, by: staff.id, now: clock() })
  if (linked === 'stale') return errorResponse(c, 409)
  if (!linked) {
    const errors = { region: messages(c).alreadyInRegion }
    return personPage(c, person.id, { form: 'region', values: { region: regionId }, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=regio`, 303)
})

personPlaceRoutes.post('/:id/regio-ontkoppelen', async (c) => {
  const staff = c.get('staff')
  const { db, clock } = c.get('deps')
  const person = await findRegional(c)
  const regionId = (await readForm(c)).text('region', 40)
  if (!person || !isUuid(regionId)) return errorResponse(c, 404)
  if (!mayActOnRegion(staff, regionId)) return errorResponse(c, 404)
  const outcome = await unlinkRegion(db, { person, regionId, by: staff.id, now: clock() })
  if (outcome === 'not_linked') return errorResponse(c, 404)
  if (outcome === 'last') {
    const errors = { region: messages(c).lastRegion }
    return personPage(c, person.id, { form: 'region', values: {}, errors }, 422)
  }
  return c.redirect(`/staff/medewerkers/${person.id}?klaar=zonderregio`, 303)
})
