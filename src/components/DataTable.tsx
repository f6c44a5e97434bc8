import {
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';

/** The table features every OutcomeStat table uses: plain rendering, no client sorting. */
export const TABLE_FEATURES = tableFeatures({});

interface Props<TData extends RowData> {
  readonly columns: ReadonlyArray<ColumnDef<typeof TABLE_FEATURES, TData>>;
  readonly rows: readonly TData[];
  readonly className?: string;
  readonly testId?: string;
  /** data-* attributes for a row, so tests and print styles can find it. */
  readonly rowData?: (row: TData) => Readonly<Record<string, string>>;
  /** Rows under the body, such as a total; given as table rows. */
  readonly footer?: ReactNode;
}

/** Renders rows under column definitions as a semantic table. */
export function DataTable<TData extends RowData>(props: Props<TData>) {
  const { columns, rows, className, testId, rowData, footer } = props;
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({ features: TABLE_FEATURES, columns, data });

  return (
    <table className={className} data-testid={testId}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col">
                {header.isPlaceholder ? null : <table.FlexRender header={header} />}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => {
          const attributes = Object.fromEntries(
            Object.entries(rowData?.(row.original) ?? {}).map(([k, v]) => [
              `data-${k}`,
              v,
            ]),
          );
          return (
            <tr key={row.id} {...attributes}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
}
