import { useId } from 'react';

/**
 * A field for an id (no autocomplete, no spell check): the id a confirmation asks to be
 * typed (TypeIdDialog, a pod or group destroy), or the name of a new group.
 */
export function IdField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const inputId = useId();
  return (
    <div className="action-dialog__field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        className="control"
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A number typed as text, so what the operator typed stays as typed while it is invalid. */
export function NumberField({
  label,
  value,
  onChange,
  invalid,
  integer = false,
  describedBy,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  integer?: boolean;
  describedBy?: string;
}) {
  const inputId = useId();
  return (
    <div className="action-dialog__field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        className="control"
        type="number"
        min={0}
        step={integer ? 1 : 'any'}
        {...(integer ? { inputMode: 'numeric' as const } : {})}
        value={value}
        aria-invalid={invalid}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
