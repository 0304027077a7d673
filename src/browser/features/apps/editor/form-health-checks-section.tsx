import { NumberField, SelectField, TextField, useFormContext } from './form-controls';
import { fieldId } from './form-fields';
import { ListSection } from './form-list-section';
import type { AppFormModel } from './form-model';

const PROTOCOLS = ['HTTP', 'HTTPS', 'TCP', 'COMMAND', 'MESOS_HTTP', 'MESOS_HTTPS', 'MESOS_TCP'];
const HTTP_LIKE = ['HTTP', 'HTTPS', 'MESOS_HTTP', 'MESOS_HTTPS'];
const TIMINGS = [
  'gracePeriodSeconds',
  'intervalSeconds',
  'timeoutSeconds',
  'maxConsecutiveFailures',
] as const;

export function HealthChecksSection({ model }: { model: AppFormModel }) {
  const { t } = useFormContext();
  return (
    <ListSection
      collection="healthChecks"
      rows={model.healthChecks}
      rowLabel={(index) => t('form.healthChecks.check', { index })}
      emptyText={t('form.healthChecks.none')}
      addLabel={t('form.healthChecks.add')}
      removeLabel={(index) => t('form.healthChecks.remove', { index })}
      renderRow={({ index, values }) => {
        // Marathon's default protocol is HTTP; fields the document already has always show.
        const protocol = typeof values.protocol === 'string' ? values.protocol : 'HTTP';
        const at = (key: string) => fieldId('healthChecks', index, key);
        return (
          <>
            <SelectField
              field={at('protocol')}
              label={t('form.healthChecks.protocol')}
              value={values.protocol}
              emptyLabel=""
              options={PROTOCOLS.map((p) => ({ value: p, label: p }))}
            />
            {(HTTP_LIKE.includes(protocol) || values.path !== undefined) && (
              <TextField
                field={at('path')}
                label={t('form.healthChecks.path')}
                value={values.path}
              />
            )}
            {(protocol !== 'COMMAND' || values.portIndex !== undefined) && (
              <NumberField
                field={at('portIndex')}
                label={t('form.healthChecks.portIndex')}
                value={values.portIndex}
              />
            )}
            {(protocol === 'COMMAND' || values.command !== undefined) && (
              <TextField
                field={at('command')}
                label={t('form.healthChecks.command')}
                value={values.command}
              />
            )}
            {TIMINGS.map((key) => (
              <NumberField
                key={key}
                field={at(key)}
                label={t(`form.healthChecks.${key}`)}
                value={values[key]}
              />
            ))}
          </>
        );
      }}
    />
  );
}
