/** 'ABCD EFGH': two groups of four are easier to read out at a desk than eight in a row. */
export function spacedReference(reference: string): string {
  return `${reference.slice(0, 4)} ${reference.slice(4)}`
}

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
