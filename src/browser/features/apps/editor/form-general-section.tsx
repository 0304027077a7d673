import { NumberField, TextField, useFormContext } from './form-controls';
import type { AppFormModel } from './form-model';

export function GeneralSection({ model }: { model: AppFormModel }) {
  const { t } = useFormContext();
  return (
    <>
      <TextField
        field="/id"
        label={t('form.general.id')}
        value={model.id}
        help={t('form.general.idHelp')}
      />
      <TextField
        field="/cmd"
        label={t('form.general.cmd')}
        value={model.cmd}
        help={t('form.general.cmdHelp')}
      />
      {model.hasArgs && <p className="app-editor-note">{t('form.general.argsPresent')}</p>}
      <div className="app-editor-row">
        <NumberField field="/cpus" label={t('form.general.cpus')} value={model.cpus} />
        <NumberField field="/mem" label={t('form.general.mem')} value={model.mem} />
        <NumberField field="/disk" label={t('form.general.disk')} value={model.disk} />
        <NumberField
          field="/instances"
          label={t('form.general.instances')}
          value={model.instances}
        />
      </div>
    </>
  );
}
