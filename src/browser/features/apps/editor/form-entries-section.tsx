import { useState } from 'react';
import { fieldDomId } from './field-dom-id';
import { SectionMessages, TextField, useFormContext } from './form-controls';
import { fieldId, type MapCollection } from './form-fields';
import type { FormEntry } from './form-model';
import { isJsonObject } from './json-path';

function keyProblem(
  key: string,
  existing: FormEntry[],
  own?: string,
): 'emptyKey' | 'duplicate' | undefined {
  if (key.trim() === '') return 'emptyKey';
  return key !== own && existing.some((entry) => entry.key === key) ? 'duplicate' : undefined;
}

/** A name that is renamed when the input loses focus, so half-typed names never clobber others. */
function EntryKey({
  collection,
  entry,
  entries,
}: {
  collection: MapCollection;
  entry: FormEntry;
  entries: FormEntry[];
}) {
  const { t, onEdit, idPrefix } = useFormContext();
  const [draft, setDraft] = useState(entry.key);
  const problem = keyProblem(draft, entries, entry.key);
  const id = fieldDomId(idPrefix, `${fieldId(collection, entry.key)}#key`);
  const commit = () => {
    if (!problem && draft !== entry.key)
      onEdit({ kind: 'renameEntry', collection, from: entry.key, to: draft });
  };
  return (
    <div className="app-editor-field">
      <label htmlFor={id}>{t('form.entries.rename', { key: entry.key })}</label>
      <input
        id={id}
        type="text"
        value={draft}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-messages` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {problem && (
        <ul id={`${id}-messages`} className="app-editor-field__messages">
          <li className="app-editor-message app-editor-message--error">
            {t(`form.entries.${problem}`, { key: draft })}
          </li>
        </ul>
      )}
    </div>
  );
}

function NewEntry({ collection, entries }: { collection: MapCollection; entries: FormEntry[] }) {
  const { t, onEdit, idPrefix } = useFormContext();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const problem = keyProblem(key, entries);
  const keyId = `${idPrefix}-${collection}-new-key`;
  const valueId = `${idPrefix}-${collection}-new-value`;
  return (
    <div className="app-editor-row app-editor-new-entry">
      <div className="app-editor-field">
        <label htmlFor={keyId}>{t('form.entries.newKey')}</label>
        <input
          id={keyId}
          type="text"
          value={key}
          aria-invalid={tried && problem ? true : undefined}
          aria-describedby={tried && problem ? `${keyId}-messages` : undefined}
          onChange={(event) => setKey(event.target.value)}
        />
        {tried && problem && (
          <ul id={`${keyId}-messages`} className="app-editor-field__messages">
            <li className="app-editor-message app-editor-message--error">
              {t(`form.entries.${problem}`, { key })}
            </li>
          </ul>
        )}
      </div>
      <div className="app-editor-field">
        <label htmlFor={valueId}>{t('form.entries.newValue')}</label>
        <input
          id={valueId}
          type="text"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="app-editor-button"
        onClick={() => {
          setTried(true);
          if (problem) return;
          onEdit({ kind: 'set', field: fieldId(collection, key), value });
          setKey('');
          setValue('');
          setTried(false);
        }}
      >
        {t('form.entries.add')}
      </button>
    </div>
  );
}

/** Environment variables or labels: name/value rows; secret references are shown, not edited. */
export function EntriesSection({
  collection,
  entries,
}: {
  collection: MapCollection;
  entries: FormEntry[];
}) {
  const { t, onEdit } = useFormContext();
  return (
    <>
      <SectionMessages field={fieldId(collection)} />
      {entries.length === 0 && (
        <p className="app-editor-note">
          {t(collection === 'env' ? 'form.entries.noneEnv' : 'form.entries.noneLabels')}
        </p>
      )}
      {entries.map((entry) => (
        <div key={entry.key} className="app-editor-row app-editor-entry">
          <EntryKey collection={collection} entry={entry} entries={entries} />
          {isJsonObject(entry.value) && typeof entry.value.secret === 'string' ? (
            <p className="app-editor-note">
              {t('form.entries.secret', { name: entry.value.secret })}
            </p>
          ) : (
            <TextField
              field={fieldId(collection, entry.key)}
              label={t('form.entries.valueOf', { key: entry.key })}
              value={entry.value}
              keepEmpty
            />
          )}
          <button
            type="button"
            className="app-editor-button app-editor-button--quiet"
            onClick={() => onEdit({ kind: 'removeEntry', collection, key: entry.key })}
          >
            {t('form.entries.remove', { key: entry.key })}
          </button>
        </div>
      ))}
      <NewEntry collection={collection} entries={entries} />
    </>
  );
}
