import type { FieldError, RawClientDetails } from '../../src/domain/booking-form.js'
import { CLIENT_LANGUAGES, LIMITS } from '../../src/domain/booking-form.js'
import { LANGUAGE_ENDONYMS, languageDirection } from '../../src/i18n/languages.js'
import type { ViewContext } from '../context.js'
import type { SlotOption } from '../partials/slot-picker.js'
import { Steps } from '../partials/steps.js'

type Field = keyof RawClientDetails

/**
 * The form's words that speak to the person filling it in. The public form asks the
 * client ("Welke taal spreekt u?"); a volunteer filling it in for a client is asked about
 * the client ("De taal van de cliënt"): the audience passes these, the form stays one.
 */
export type FormWording = Pick<
  ViewContext['t'],
  | 'yourDetails'
  | 'chosenTime'
  | 'fieldName'
  | 'fieldNameHint'
  | 'fieldLanguage'
  | 'fieldInterpreter'
  | 'fieldTopic'
  | 'topicOrientation'
  | 'topicReturn'
  | 'topicUnspecified'
  | 'fieldEmail'
  | 'fieldEmailHint'
  | 'fieldPhone'
  | 'fieldPhoneHint'
  | 'fieldSms'
  | 'fieldNote'
>

const LABELS: Record<Field, (t: ViewContext['t']) => string> = {
  name: (t) => t.fieldName,
  language: (t) => t.fieldLanguage,
  interpreter: (t) => t.fieldInterpreter,
  topic: (t) => t.fieldTopic,
  email: (t) => t.fieldEmail,
  phone: (t) => t.fieldPhone,
  note: (t) => t.fieldNote,
  sms: (t) => t.fieldSms,
}

/** Where the error summary's link lands: the field, or the first choice of a group. */
const FIRST_INPUT: Record<Field, string> = {
  name: 'name',
  language: 'language',
  interpreter: 'interpreter-no',
  topic: 'topic-orientation',
  email: 'email',
  phone: 'phone',
  note: 'note',
  sms: 'sms',
}

export interface BookFormProps {
  ctx: ViewContext
  pointName: string
  action: string
  changeTimeHref: string
  /** The chosen time, written out; null when it was just taken (alternatives are shown). */
  start: string | null
  whenLabel: string | null
  values: RawClientDetails
  errors: Partial<Record<Field, FieldError>>
  /** When the chosen slot was taken meanwhile: why, and what else is free. */
  /** With alternatives to pick from (the time was taken), or null: the chosen time stays. */
  problem?: { title: string; text: string; alternatives: SlotOption[] | null }
  retentionDays: number
  /** Whether texts can be sent (a gateway, or development): else no checkbox. */
  smsOffered: boolean
  /** Words for someone booking on a client's behalf; the client's own words without it. */
  wording?: FormWording
}

/** Step 3: only what the counselor needs. Every field keeps what was typed. */
export function BookFormPage(props: BookFormProps) {
  const { ctx, values, errors } = props
  const t = props.wording ? { ...ctx.t, ...props.wording } : ctx.t
  const errorFields = Object.keys(errors) as Field[]
  const describedBy = (field: Field, hint: boolean) =>
    [hint ? `${field}-hint` : null, errors[field] ? `${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p class="field-error" id={`${field}-error`}>
        {t.errors[errors[field]!]}
      </p>
    ) : null
  /** Email and phone: a hint, the error, and an input that is always left to right. */
  const contactField = (
    field: 'email' | 'phone',
    kind: 'email' | 'tel',
    label: string,
    hint: string,
  ) => (
    <>
      <label for={field}>{label}</label>
      <p class="hint" id={`${field}-hint`}>
        {hint}
      </p>
      {fieldError(field)}
      <input
        id={field}
        name={field}
        type={kind}
        value={values[field] ?? ''}
        autocomplete={kind}
        maxlength={LIMITS[field]}
        inputmode={kind}
        dir="ltr"
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(field, true)}
      />
    </>
  )

  return (
    <>
      <Steps ctx={ctx} step={3} total={4} label={t.yourDetails} />
      <h1>{t.bookTitle(props.pointName)}</h1>

      {errorFields.length > 0 ? (
        <div class="error-summary" role="alert" tabindex={-1} data-focus-after-swap>
          <h2>{t.errorSummary}</h2>
          <ul>
            {errorFields.map((field) => (
              <li>
                <a href={`#${FIRST_INPUT[field]}`}>
                  {LABELS[field](t)}: {t.errors[errors[field]!]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {props.problem ? (
        <div class="problem" role="alert" tabindex={-1} data-focus-after-swap>
          <h2>{props.problem.title}</h2>
          <p>{props.problem.text}</p>
        </div>
      ) : null}

      <form method="post" action={props.action} class="booking-form" novalidate>
        {props.problem?.alternatives ? (
          <fieldset class="alternatives">
            <legend>{t.alternatives}</legend>
            {props.problem.alternatives.length === 0 ? (
              <p>{t.noAlternatives}</p>
            ) : (
              props.problem.alternatives.map((slot, index) => (
                <label class="choice">
                  <input type="radio" name="start" value={slot.start} checked={index === 0} />
                  <span dir="auto">{slot.label}</span>
                </label>
              ))
            )}
          </fieldset>
        ) : (
          <div class="chosen-time">
            <p>
              <span class="label">{t.chosenTime}: </span>
              <strong>{props.whenLabel}</strong>
            </p>
            <input type="hidden" name="start" value={props.start ?? ''} />
          </div>
        )}
        <p>
          <a href={props.changeTimeHref}>{t.changeTime}</a>
        </p>

        <div class={`field${errors.name ? ' has-error' : ''}`}>
          <label for="name">{t.fieldName}</label>
          <p class="hint" id="name-hint">
            {t.fieldNameHint} {t.maxChars(LIMITS.name)}
          </p>
          {fieldError('name')}
          <input
            id="name"
            name="name"
            type="text"
            value={values.name ?? ''}
            maxlength={LIMITS.name}
            autocomplete="off"
            required
            aria-invalid={errors.name ? 'true' : undefined}
            aria-describedby={describedBy('name', true)}
          />
        </div>

        <div class={`field${errors.language ? ' has-error' : ''}`}>
          <label for="language">{t.fieldLanguage}</label>
          {fieldError('language')}
          <select
            id="language"
            name="language"
            required
            aria-invalid={errors.language ? 'true' : undefined}
            aria-describedby={describedBy('language', false)}
          >
            <option value="">{t.fieldLanguageChoose}</option>
            {CLIENT_LANGUAGES.map((code) => (
              <option
                value={code}
                selected={values.language === code}
                lang={code === 'other' ? undefined : code}
                dir={code === 'other' ? undefined : languageDirection(code)}
              >
                {code === 'other' ? t.languageOther : LANGUAGE_ENDONYMS[code]}
              </option>
            ))}
          </select>
        </div>

        <fieldset class={`field${errors.interpreter ? ' has-error' : ''}`}>
          <legend>{t.fieldInterpreter}</legend>
          {fieldError('interpreter')}
          <label class="choice">
            <input
              id="interpreter-no"
              type="radio"
              name="interpreter"
              value="no"
              checked={values.interpreter !== 'yes'}
            />
            <span>{t.no}</span>
          </label>
          <label class="choice">
            <input
              type="radio"
              name="interpreter"
              value="yes"
              checked={values.interpreter === 'yes'}
            />
            <span>{t.yes}</span>
          </label>
        </fieldset>

        <fieldset class={`field${errors.topic ? ' has-error' : ''}`}>
          <legend>{t.fieldTopic}</legend>
          {fieldError('topic')}
          {(
            [
              ['orientation', t.topicOrientation],
              ['return', t.topicReturn],
              ['other', t.topicOther],
              ['unspecified', t.topicUnspecified],
            ] as const
          ).map(([value, label]) => (
            <label class="choice">
              <input
                id={`topic-${value}`}
                type="radio"
                name="topic"
                value={value}
                checked={(values.topic || 'unspecified') === value}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>

        <div class={`field${errors.email ? ' has-error' : ''}`}>
          {contactField('email', 'email', t.fieldEmail, t.fieldEmailHint)}
        </div>

        <div class={`field${errors.phone ? ' has-error' : ''}`}>
          {contactField('phone', 'tel', t.fieldPhone, t.fieldPhoneHint)}
          {props.smsOffered ? (
            <>
              <label class="choice">
                <input
                  id="sms"
                  type="checkbox"
                  name="sms"
                  value="yes"
                  checked={values.sms === 'yes'}
                  aria-describedby="sms-hint"
                />
                <span>{t.fieldSms}</span>
              </label>
              <p class="hint" id="sms-hint">
                {t.fieldSmsHint}
              </p>
            </>
          ) : null}
        </div>

        <div class={`field${errors.note ? ' has-error' : ''}`}>
          <label for="note">{t.fieldNote}</label>
          <p class="hint" id="note-hint">
            {t.fieldNoteHint} {t.maxChars(LIMITS.note)}
          </p>
          {fieldError('note')}
          <textarea
            id="note"
            name="note"
            rows={3}
            maxlength={LIMITS.note}
            aria-invalid={errors.note ? 'true' : undefined}
            aria-describedby={describedBy('note', true)}
          >
            {values.note ?? ''}
          </textarea>
        </div>

        {/* Hidden from people and screen readers; naive bots fill it in. */}
        <div class="hp" aria-hidden="true">
          <label for="website">Website</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>

        <section class="privacy" aria-labelledby="privacy-heading">
          <h2 id="privacy-heading">{t.privacyTitle}</h2>
          <p>{t.privacyText(props.retentionDays)}</p>
          <p>
            <a href="/privacy">{t.privacyLink}</a>
          </p>
        </section>

        <button type="submit" class="primary big" data-busy-label={t.confirmBookingBusy}>
          {t.confirmBooking}
        </button>
      </form>
    </>
  )
}
