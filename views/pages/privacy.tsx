import type { ViewContext } from '../context.js'

/** What is stored, why, who sees it, when it is erased, and how to erase it now. */
export function PrivacyPage(props: { ctx: ViewContext; retentionDays: number }) {
  const { t } = props.ctx
  const sections: Array<[string, string]> = [
    [t.privacyWhatTitle, t.privacyWhat],
    [t.privacyWhyTitle, t.privacyWhy],
    [t.privacyWhoTitle, t.privacyWho],
    [t.privacyWhenTitle, t.privacyWhen(props.retentionDays)],
    [t.privacyNowTitle, t.privacyNow],
  ]
  return (
    <>
      <h1>{t.privacyPageTitle}</h1>
      <p class="lead">{t.privacyIntro}</p>
      {sections.map(([title, text]) => (
        <section>
          <h2>{title}</h2>
          <p>{text}</p>
        </section>
      ))}
    </>
  )
}
