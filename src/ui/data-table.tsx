import './data-table.css';
export interface Column<Row> {
  key: keyof Row & string;
  label: string;
  numeric?: boolean;
  format?: (value: Row[keyof Row]) => string;
}

/** A plain table of the numbers behind a chart. */
export function DataTable<Row extends object>({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}) {
  return (
    // Focusable so keyboard users can scroll a wide table (WCAG 2.1.1).
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table data-table--full">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column, columnIndex) => {
                const value = row[column.key];
                const text =
                  value === undefined ? '–' : column.format ? column.format(value) : String(value);
                return columnIndex === 0 ? (
                  <th key={column.key} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
