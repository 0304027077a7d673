import { useId, type ReactNode } from 'react';
import './table-toolbar.css';

/** The filters above a table, and its row count at the end of the line. */
export function TableToolbar({ children, count }: { children: ReactNode; count?: ReactNode }) {
  return (
    <div className="table-toolbar">
      {children}
      {count !== undefined && (
        <p className="table-toolbar__count" aria-live="polite">
          {count}
        </p>
      )}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A labelled native select; the empty value means "no filter". */
export function ToolbarSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="table-toolbar__field">
      <label className="table-toolbar__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="table-toolbar__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
