import { createContext, useContext, useState, type ReactNode } from 'react';
import type { FormEdit } from './apply-form-patch';
import { fieldDomId } from './field-dom-id';
import type { FormFieldId } from './form-fields';
import type { FieldValue } from './form-model';
import type { AppEditorT } from './use-app-editor-translation';

export interface FieldMessage {
  severity: 'error' | 'warning';
  text: string;
}

export interface FormContextValue {
  idPrefix: string;
  t: AppEditorT;
  onEdit: (edit: FormEdit) => void;
  messagesFor: (field: FormFieldId) => FieldMessage[];
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error('Form controls must be inside <FormEditor>');
  return context;
}

/** Ids and ARIA wiring shared by every input: help text and messages describe the input. */
function useFieldWiring(field: FormFieldId, hasHelp: boolean, localError?: string) {
  const { idPrefix, messagesFor } = useFormContext();
  const id = fieldDomId(idPrefix, field);
  const messages = localError
    ? [{ severity: 'error' as const, text: localError }, ...messagesFor(field)]
    : messagesFor(field);
  const describedBy = [hasHelp ? `${id}-help` : '', messages.length > 0 ? `${id}-messages` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id,
    messages,
    inputProps: {
      id,
      'aria-describedby': describedBy || undefined,
      'aria-invalid': messages.some((m) => m.severity === 'error') || undefined,
    },
  };
}

function FieldFrame({
  id,
  label,
  help,
  messages,
  children,
  inline = false,
}: {
  id: string;
  label: string;
  help?: string | undefined;
  messages: FieldMessage[];
  children: ReactNode;
  inline?: boolean;
}) {
  return (
    <div className={inline ? 'app-editor-field app-editor-field--inline' : 'app-editor-field'}>
      {inline ? children : null}
      <label htmlFor={id}>{label}</label>
      {inline ? null : children}
      {help && (
        <p id={`${id}-help`} className="app-editor-field__help">
          {help}
        </p>
      )}
      {messages.length > 0 && (
        <ul id={`${id}-messages`} className="app-editor-field__messages">
          {messages.map((message, index) => (
            <li
              key={index}
              className={`app-editor-message app-editor-message--${message.severity}`}
            >
              {message.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const asText = (value: FieldValue) => (typeof value === 'string' ? value : '');

export function TextField({
  field,
  label,
  value,
  help,
  list,
  keepEmpty = false,
}: {
  field: FormFieldId;
  label: string;
  value: FieldValue;
  help?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  /** Write "" for an empty input (env and label values) instead of removing the field. */
  keepEmpty?: boolean;
}) {
  const { t, onEdit } = useFormContext();
  // Numbers or objects where text belongs are shown, not overwritten: JSON mode can fix them.
  const foreign = value !== undefined && value !== null && typeof value !== 'string';
  const { id, messages, inputProps } = useFieldWiring(
    field,
    Boolean(help),
    foreign ? t('form.notAString', { value: JSON.stringify(value) }) : undefined,
  );
  return (
    <FieldFrame id={id} label={label} help={help} messages={messages}>
      <input
        {...inputProps}
        type="text"
        list={list}
        value={foreign ? JSON.stringify(value) : asText(value)}
        readOnly={foreign}
        onChange={(event) => {
          const text = event.target.value;
          onEdit({ kind: 'set', field, value: text === '' && !keepEmpty ? undefined : text });
        }}
      />
    </FieldFrame>
  );
}

const formatNumber = (value: FieldValue) =>
  value === undefined || value === null
    ? ''
    : typeof value === 'number'
      ? String(value)
      : JSON.stringify(value);

/**
 * Keeps what the user types ("0." on the way to "0.5") while writing every complete number into
 * the document; follows the document when it changes from elsewhere.
 */
export function NumberField({
  field,
  label,
  value,
  help,
}: {
  field: FormFieldId;
  label: string;
  value: FieldValue;
  help?: string;
}) {
  const { t, onEdit } = useFormContext();
  const [text, setText] = useState(() => formatNumber(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    if (Number(text) !== value || text.trim() === '') setText(formatNumber(value));
  }
  const invalid = text.trim() !== '' && !Number.isFinite(Number(text));
  const { id, messages, inputProps } = useFieldWiring(
    field,
    Boolean(help),
    invalid ? t('form.invalidNumber') : undefined,
  );
  return (
    <FieldFrame id={id} label={label} help={help} messages={messages}>
      <input
        {...inputProps}
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (next.trim() === '') onEdit({ kind: 'set', field, value: undefined });
          else if (Number.isFinite(Number(next)))
            onEdit({ kind: 'set', field, value: Number(next) });
        }}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  field,
  label,
  value,
  options,
  emptyLabel,
  help,
}: {
  field: FormFieldId;
  label: string;
  value: FieldValue;
  options: SelectOption[];
  /** Offers "no value" (removes the field); without it the field can only change, never vanish. */
  emptyLabel?: string;
  help?: string;
}) {
  const { onEdit } = useFormContext();
  const { id, messages, inputProps } = useFieldWiring(field, Boolean(help));
  const current = typeof value === 'string' ? value : '';
  const known = current === '' || options.some((o) => o.value === current);
  return (
    <FieldFrame id={id} label={label} help={help} messages={messages}>
      <select
        {...inputProps}
        value={current}
        onChange={(event) =>
          onEdit({
            kind: 'set',
            field,
            value: event.target.value === '' ? undefined : event.target.value,
          })
        }
      >
        {(emptyLabel !== undefined || current === '') && (
          <option value="">{emptyLabel ?? ''}</option>
        )}
        {!known && <option value={current}>{current}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({
  field,
  label,
  value,
}: {
  field: FormFieldId;
  label: string;
  value: FieldValue;
}) {
  const { onEdit } = useFormContext();
  const { id, messages, inputProps } = useFieldWiring(field, false);
  return (
    <FieldFrame id={id} label={label} messages={messages} inline>
      <input
        {...inputProps}
        type="checkbox"
        checked={value === true}
        onChange={(event) => onEdit({ kind: 'set', field, value: event.target.checked })}
      />
    </FieldFrame>
  );
}

/** Messages for a whole row or section (errors at a path the form has no input for). */
export function SectionMessages({ field }: { field: FormFieldId }) {
  const { messagesFor } = useFormContext();
  const messages = messagesFor(field);
  if (messages.length === 0) return null;
  return (
    <ul className="app-editor-field__messages">
      {messages.map((message, index) => (
        <li key={index} className={`app-editor-message app-editor-message--${message.severity}`}>
          {message.text}
        </li>
      ))}
    </ul>
  );
}
