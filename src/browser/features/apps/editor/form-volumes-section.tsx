import { SelectField, TextField, useFormContext } from './form-controls';
import { fieldId } from './form-fields';
import { ListSection } from './form-list-section';
import type { AppFormModel } from './form-model';

export function VolumesSection({ model }: { model: AppFormModel }) {
  const { t } = useFormContext();
  return (
    <ListSection
      collection="volumes"
      rows={model.volumes}
      rowLabel={(index) => t('form.volumes.volume', { index })}
      emptyText={t('form.volumes.none')}
      addLabel={t('form.volumes.add')}
      removeLabel={(index) => t('form.volumes.remove', { index })}
      renderRow={({ index, values }) => (
        <>
          <TextField
            field={fieldId('volumes', index, 'containerPath')}
            label={t('form.volumes.containerPath')}
            value={values.containerPath}
          />
          <TextField
            field={fieldId('volumes', index, 'hostPath')}
            label={t('form.volumes.hostPath')}
            value={values.hostPath}
          />
          <SelectField
            field={fieldId('volumes', index, 'mode')}
            label={t('form.volumes.mode')}
            value={values.mode}
            options={[
              { value: 'RW', label: t('form.volumes.RW') },
              { value: 'RO', label: t('form.volumes.RO') },
            ]}
          />
        </>
      )}
    />
  );
}
