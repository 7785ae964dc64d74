import { useTranslation } from 'react-i18next';
import { localDigits } from '../i18n/digits';

/** One part of a bar: a value, its colour class and what it is. */
export interface BarPart {
  readonly value: number;
  readonly className: string;
  readonly label: string;
}

export interface BarRow {
  readonly key: string;
  readonly label: string;
  readonly parts: readonly BarPart[];
}

export interface BarChartProps {
  readonly title: string;
  readonly rows: readonly BarRow[];
  /** What the totals count ("words", "findings"), for the total column's heading. */
  readonly totalLabel: string;
}

/**
 * Horizontal bars, one per row, split into coloured parts, as a table: a screen reader reads the
 * numbers, the eye reads the bars. Bars are scaled to the largest row.
 */
export function BarChart({ title, rows, totalLabel }: BarChartProps) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => localDigits(String(value), i18n.language);
  const totals = rows.map((row) => row.parts.reduce((sum, part) => sum + part.value, 0));
  const largest = Math.max(1, ...totals);
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <table>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('charts.item')}</th>
            <th scope="col">{t('charts.bar')}</th>
            <th scope="col">{totalLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${(100 * (totals[index] ?? 0)) / largest}%` }}>
                  {row.parts.filter((part) => part.value > 0).map((part) => (
                    <span key={part.className} className={part.className} style={{ flexGrow: part.value }} title={`${part.label}: ${number(part.value)}`} />
                  ))}
                </span>
              </td>
              <td className="bar-total">{number(totals[index] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
