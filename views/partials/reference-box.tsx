import { spacedReference } from '../../src/domain/reference.js'

export { spacedReference }

/** The booking code, large, for the client to show at the desk or write down. */
export function ReferenceBox(props: { label: string; hint: string; reference: string }) {
  return (
    <div class="reference-box">
      <p class="label">{props.label}</p>
      <p class="reference" dir="ltr" translate="no">
        {spacedReference(props.reference)}
      </p>
      <p class="muted">{props.hint}</p>
    </div>
  )
}
