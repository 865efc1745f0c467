import type { Child } from 'hono/jsx'

export interface EmailFact {
  label: string
  value: string
  /**
   * 'typed': what staff typed (the point's name and address, a reason), Dutch; 'ltr': a
   * phone number, which an Arabic line would show with its groups reversed.
   */
  text?: 'typed' | 'ltr'
}

/**
 * A plain, phone-readable HTML email: no images, no remote resources, no tracking.
 * Everything user-supplied is escaped by hono/jsx.
 */
export function Email(props: {
  lang: string
  dir: 'ltr' | 'rtl'
  title: string
  intro: string
  facts: EmailFact[]
  link?: { label: string; href: string } | null
  footer: string
  children?: Child
}) {
  return (
    <html lang={props.lang} dir={props.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
      </head>
      <body style="margin:0;padding:16px;font-family:system-ui,Arial,sans-serif;font-size:17px;line-height:1.5;color:#1b1f23;background:#ffffff">
        <h1 style="font-size:22px;margin:0 0 12px">{props.title}</h1>
        <p>{props.intro}</p>
        <table role="presentation" style="border-collapse:collapse;margin:12px 0">
          {props.facts.map((fact) => (
            <tr>
              <th style="text-align:start;padding:4px 12px 4px 0;vertical-align:top">
                {fact.label}
              </th>
              {/* Each value keeps its own direction: a Dutch address or reason in an Arabic mail. */}
              <td
                style="padding:4px 0"
                dir={fact.text === 'ltr' ? 'ltr' : 'auto'}
                lang={fact.text === 'typed' && props.lang !== 'nl' ? 'nl' : undefined}
              >
                {fact.value}
              </td>
            </tr>
          ))}
        </table>
        {props.children}
        {props.link ? (
          <p>
            {props.link.label}
            <br />
            <a href={props.link.href} style="color:#0b5c4a;word-break:break-all">
              {props.link.href}
            </a>
          </p>
        ) : null}
        <p style="color:#4a5560;font-size:15px">{props.footer}</p>
      </body>
    </html>
  )
}
