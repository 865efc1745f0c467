import { POINT_RULE_LIMITS, POINT_TEXT_LIMITS } from '../../src/domain/point-details.js'
import { weekdayName } from '../../src/i18n/format.js'
import type { Locale } from '../../src/i18n/locales.js'
import type { LocationsMessages } from '../../src/i18n/staff/locations.js'
import type { FieldSpec, FilledForm, FormErrors, FormValues } from '../partials/form-fields.js'

export type { FormErrors, FormValues } from '../partials/form-fields.js'

/** A form that came back with messages: which one, what was typed, what is wrong. */
export interface FormState {
  form: string
  values: FormValues
  errors: FormErrors
}

/** The values and errors for form `key`: what was typed when it came back, else `defaults`. */
export function formFor(state: FormState | null, key: string, defaults: FormValues): FilledForm {
  return state?.form === key
    ? { values: state.values, errors: state.errors }
    : { values: defaults, errors: {} }
}

/** Where a point is and how to reach it: the coordinator's details and the admin's new point. */
export function pointAddressFields(t: LocationsMessages): FieldSpec[] {
  const max = POINT_TEXT_LIMITS
  return [
    { name: 'address', label: t.address, maxlength: max.address, required: true },
    { name: 'postalCode', label: t.postalCode, maxlength: max.postalCode, required: true },
    {
      kind: 'textarea',
      name: 'directions',
      label: t.directions,
      hint: t.directionsHint,
      maxlength: max.directions,
    },
    { name: 'phone', label: t.phone, hint: t.phoneHint, type: 'tel', maxlength: max.phone },
  ]
}

/** The booking rules as whole numbers, bounded as `domain/point-details.ts` checks them. */
export function pointRuleFields(t: LocationsMessages): FieldSpec[] {
  const words: Record<keyof typeof POINT_RULE_LIMITS, [string, string]> = {
    slotMinutes: [t.slotMinutes, t.slotMinutesHint],
    minNoticeMinutes: [t.minNotice, t.minNoticeHint],
    horizonDays: [t.horizon, t.horizonHint],
    walkInSeats: [t.walkInSeats, t.walkInSeatsHint],
  }
  return Object.entries(words).map(([name, [label, hint]]) => ({
    name,
    label,
    hint,
    type: 'number',
    ...POINT_RULE_LIMITS[name as keyof typeof POINT_RULE_LIMITS],
    required: true,
  }))
}

/** A session's times and how many counselors sit it: weekly hours and extra sessions alike. */
export function sessionFields(t: LocationsMessages): FieldSpec[] {
  return [
    { name: 'start', label: t.start, type: 'time', required: true },
    { name: 'end', label: t.end, type: 'time', required: true },
    { name: 'counselors', label: t.counselors, type: 'number', min: 0, required: true },
  ]
}

export function weekdayField(t: LocationsMessages, locale: Locale): FieldSpec {
  return {
    kind: 'select',
    name: 'weekday',
    label: t.weekday,
    empty: t.chooseWeekday,
    choices: [1, 2, 3, 4, 5, 6, 7].map((day) => ({
      value: String(day),
      label: weekdayName(day, locale),
    })),
    required: true,
  }
}
