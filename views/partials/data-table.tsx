/**
 * A column's heading; `{ hidden }` is read by screen readers only, for a column of buttons
 * or links whose own text says what they do. `null` leaves the column out.
 */
export type Column = string | { hidden: string } | null

/** A table with a heading per column; `children` are its rows. */
export function Table(props: { columns: Column[]; class?: string; children?: unknown }) {
  return (
    <table class={props.class}>
      <thead>
        <tr>
          {props.columns.map((column) =>
            column === null ? null : (
              <th scope="col">
                {typeof column === 'string' ? (
                  column
                ) : (
                  <span class="visually-hidden">{column.hidden}</span>
                )}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{props.children as never}</tbody>
    </table>
  )
}

/**
 * A `Table` in a box that scrolls sideways on a small screen. `label` names the box where no
 * row holds a link or button: then the box itself takes focus, so keys can scroll it.
 */
export function ScrollingTable(props: {
  columns: Column[]
  class?: string
  label?: string
  children?: unknown
}) {
  const focusable = props.label ? { role: 'region', 'aria-label': props.label, tabindex: 0 } : {}
  return (
    <div class="table-scroll" {...focusable}>
      <Table columns={props.columns} class={props.class}>
        {props.children}
      </Table>
    </div>
  )
}
