import type { ViewContext } from '../context.js'
import { catalogs } from '../../src/i18n/locales.js'
import { Dutch } from '../partials/staff-text.js'

export interface BookingCardView {
  reference: string
  whenLabel: string
  /** The same, written out in Dutch for the desk (null when the page is Dutch). */
  whenLabelNl: string | null
  pointName: string
  address: string
  postalCode: string
  municipality: string
  phone: string | null
  /** The QR code of the manage link, as SVG; null for a card without a link. */
  qrSvg: string | null
}

/** The page around the card, in the reader's language (a volunteer's may be Dutch). */
export interface CardChrome {
  backHref: string
  backLabel: string
  title: string
  printHint: string
}

/**
 * A card to print and take along (issue 16): the code large, day and time written out, the
 * address and the point's phone, and a QR code of the private link, for a client with no
 * email and perhaps no phone. In the client's language, with the Dutch beside it for the
 * desk.
 */
export function BookingCardPage(props: {
  /** The card's language: the client's. */
  ctx: ViewContext
  card: BookingCardView
  chrome: CardChrome
  /** What the reader may do beside printing (not printed). */
  children?: unknown
}) {
  const { ctx, card, chrome } = props
  const { t } = ctx
  const nl = ctx.locale === 'nl' ? null : catalogs.nl
  return (
    <>
      <p class="no-print">
        <a href={chrome.backHref}>{chrome.backLabel}</a>
      </p>
      <h1 class="no-print">{chrome.title}</h1>
      <p class="no-print">{chrome.printHint}</p>
      {props.children ? <div class="no-print">{props.children}</div> : null}
      <article class="booking-card" lang={ctx.locale} dir={ctx.dir}>
        <p class="card-point">
          <strong>
            <Dutch ctx={ctx}>{card.pointName}</Dutch>
          </strong>
        </p>
        <dl>
          <dt>
            {t.referenceLabel}
            {nl ? <span lang="nl"> · {nl.referenceLabel}</span> : null}
          </dt>
          <dd class="card-code" dir="ltr">
            {card.reference}
          </dd>
          <dt>
            {t.when}
            {nl ? <span lang="nl"> · {nl.when}</span> : null}
          </dt>
          <dd>
            {card.whenLabel}
            {card.whenLabelNl ? (
              <>
                <br />
                <span lang="nl" dir="ltr">
                  {card.whenLabelNl}
                </span>
              </>
            ) : null}
          </dd>
          <dt>
            {t.where}
            {nl ? <span lang="nl"> · {nl.where}</span> : null}
          </dt>
          <dd>
            <Dutch ctx={ctx}>{card.address}</Dutch>
            <br />
            <Dutch ctx={ctx}>
              {card.postalCode} {card.municipality}
            </Dutch>
          </dd>
          {card.phone ? (
            <>
              <dt>{t.cardPhone}</dt>
              <dd dir="ltr">{card.phone}</dd>
            </>
          ) : null}
        </dl>
        {card.qrSvg ? (
          <img
            class="card-qr"
            width="160"
            height="160"
            alt={t.cardQrAlt}
            src={`data:image/svg+xml;base64,${Buffer.from(card.qrSvg).toString('base64')}`}
          />
        ) : null}
        <p class="card-keep">{card.qrSvg ? t.cardKeep : t.cardKeepNoLink}</p>
      </article>
    </>
  )
}
