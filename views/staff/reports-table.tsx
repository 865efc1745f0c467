import type { TableModel } from './reports-tables.js'

/** One report table: a caption, column headers, and a header cell naming each row. */
export function ReportTable(props: { table: TableModel; captionHidden?: boolean }) {
  const { table } = props
  // A wide table scrolls inside its own box on a phone; the box takes keyboard focus so
  // it can be scrolled without a mouse, and is named by the table's caption.
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${table.id}-caption`} tabindex={0}>
      <table id={table.id} class="report">
        <caption
          id={`${table.id}-caption`}
          class={props.captionHidden ? 'visually-hidden' : undefined}
        >
          {table.caption}
        </caption>
        <thead>
          <tr>
            {table.head.map((label) => (
              <th scope="col">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr>
              <th scope="row" lang={row.labelLang} dir={row.labelDir}>
                {row.label}
              </th>
              {row.cells.map((cell) => (
                <td>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
