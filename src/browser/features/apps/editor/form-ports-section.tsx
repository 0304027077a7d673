import { NumberField, SelectField, TextField, useFormContext } from './form-controls';
import { fieldId } from './form-fields';
import { ListSection } from './form-list-section';
import type { AppFormModel } from './form-model';

const PROTOCOLS = ['tcp', 'udp', 'udp,tcp'];

export function PortsSection({ model }: { model: AppFormModel }) {
  const { t } = useFormContext();
  if (model.effectiveNetworkMode === 'HOST' && model.portMappings.length === 0) {
    return <p className="app-editor-note">{t('form.ports.hostModeNote')}</p>;
  }
  return (
    <>
      <p className="app-editor-rules">{t('form.ports.rules')}</p>
      <ListSection
        collection="portMappings"
        rows={model.portMappings}
        rowLabel={(index) => t('form.ports.mapping', { index })}
        emptyText={t('form.ports.none')}
        addLabel={t('form.ports.add')}
        removeLabel={(index) => t('form.ports.remove', { index })}
        renderRow={({ index, values }) => (
          <>
            {(['containerPort', 'hostPort', 'servicePort'] as const).map((key) => (
              <NumberField
                key={key}
                field={fieldId('portMappings', index, key)}
                label={t(`form.ports.${key}`)}
                value={values[key]}
              />
            ))}
            <SelectField
              field={fieldId('portMappings', index, 'protocol')}
              label={t('form.ports.protocol')}
              value={values.protocol}
              emptyLabel=""
              options={PROTOCOLS.map((protocol) => ({ value: protocol, label: protocol }))}
            />
            <TextField
              field={fieldId('portMappings', index, 'name')}
              label={t('form.ports.name')}
              value={values.name}
            />
          </>
        )}
      />
    </>
  );
}
