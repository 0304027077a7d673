import type { ReactNode } from 'react';
import { SectionMessages, useFormContext } from './form-controls';
import { fieldId, type ListCollection } from './form-fields';

/** A list of rows (port mappings, volumes, ...) with add and per-row remove. */
export function ListSection<Row extends { index: number }>({
  collection,
  rows,
  rowLabel,
  emptyText,
  addLabel,
  removeLabel,
  renderRow,
}: {
  collection: ListCollection;
  rows: Row[];
  rowLabel: (number: number) => string;
  emptyText: string;
  addLabel: string;
  removeLabel: (number: number) => string;
  renderRow: (row: Row) => ReactNode;
}) {
  const { onEdit } = useFormContext();
  return (
    <>
      <SectionMessages field={fieldId(collection)} />
      {rows.length === 0 && <p className="app-editor-note">{emptyText}</p>}
      {rows.map((row) => (
        <fieldset key={row.index} className="app-editor-fieldset app-editor-item">
          <legend>{rowLabel(row.index + 1)}</legend>
          <SectionMessages field={fieldId(collection, row.index)} />
          <div className="app-editor-row">{renderRow(row)}</div>
          <button
            type="button"
            className="app-editor-button app-editor-button--quiet"
            onClick={() => onEdit({ kind: 'removeItem', collection, index: row.index })}
          >
            {removeLabel(row.index + 1)}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="app-editor-button"
        onClick={() => onEdit({ kind: 'addItem', collection })}
      >
        {addLabel}
      </button>
    </>
  );
}
