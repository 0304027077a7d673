import { SelectField, TextField, useFormContext } from './form-controls';
import { fieldId } from './form-fields';
import { ListSection } from './form-list-section';
import type { AppFormModel } from './form-model';
import { CONSTRAINT_OPERATORS } from './validation-hints';

const FIELD_SUGGESTIONS = ['hostname', '@hostname', '@region', '@zone'];

/** The constraint builder: field, operator (with what each one means) and value. */
export function ConstraintsSection({ model, idPrefix }: { model: AppFormModel; idPrefix: string }) {
  const { t, onEdit } = useFormContext();
  const listId = `${idPrefix}-constraint-fields`;
  return (
    <>
      <datalist id={listId}>
        {FIELD_SUGGESTIONS.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <ListSection
        collection="constraints"
        rows={model.constraints}
        rowLabel={(index) => t('form.constraints.constraint', { index })}
        emptyText={t('form.constraints.none')}
        addLabel={t('form.constraints.add')}
        removeLabel={(index) => t('form.constraints.remove', { index })}
        renderRow={({ index, values }) => {
          const valueField = fieldId('constraints', index, 'value');
          const unique = values.operator === 'UNIQUE';
          return (
            <>
              <TextField
                field={fieldId('constraints', index, 'field')}
                label={t('form.constraints.field')}
                value={values.field}
                help={t('form.constraints.fieldHelp')}
                list={listId}
              />
              <SelectField
                field={fieldId('constraints', index, 'operator')}
                label={t('form.constraints.operator')}
                value={values.operator}
                options={CONSTRAINT_OPERATORS.map((operator) => ({
                  value: operator,
                  label: t(`form.constraints.operators.${operator}`),
                }))}
              />
              {/* UNIQUE takes no value: the input only appears when the document has one, to remove it. */}
              {(!unique || values.value !== undefined) && (
                <TextField
                  field={valueField}
                  label={t('form.constraints.value')}
                  value={values.value}
                />
              )}
              {unique && values.value !== undefined && (
                <button
                  type="button"
                  className="app-editor-button app-editor-button--quiet"
                  onClick={() => onEdit({ kind: 'set', field: valueField, value: undefined })}
                >
                  {t('form.constraints.removeValue')}
                </button>
              )}
            </>
          );
        }}
      />
    </>
  );
}
