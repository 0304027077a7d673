import type { ReactNode } from 'react';
import { useId } from 'react';
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

/** One filter of the toolbar under its label; `children` renders the control with the given id. */
export function ToolbarField({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `table-toolbar__field ${className}` : 'table-toolbar__field'}>
      <label className="table-toolbar__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
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
  return (
    <ToolbarField label={label}>
      {(id) => (
        <select
          id={id}
          className="control"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </ToolbarField>
  );
}
