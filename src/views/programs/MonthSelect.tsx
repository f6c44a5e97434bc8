const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Props {
  readonly id: string;
  readonly value: number;
  readonly onChange: (month: number) => void;
}

/** Chooses a month of the year, 1 = January. */
export function MonthSelect({ id, value, onChange }: Props) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {MONTH_NAMES.map((name, index) => (
        <option key={name} value={index + 1}>
          {name}
        </option>
      ))}
    </select>
  );
}
