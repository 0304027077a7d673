import { fieldDomId } from './field-dom-id';
import {
  CheckboxField,
  SectionMessages,
  SelectField,
  TextField,
  useFormContext,
} from './form-controls';
import type { AppFormModel, NetworkMode } from './form-model';

const NETWORK_MODES: readonly NetworkMode[] = ['HOST', 'BRIDGE', 'USER'];

export function ContainerSection({ model }: { model: AppFormModel }) {
  const { t, onEdit, idPrefix } = useFormContext();
  const hasContainer = model.containerType !== undefined;
  const mode = model.effectiveNetworkMode;
  const showName =
    mode === 'USER' || (model.networkName !== undefined && model.networkName !== null);
  const groupId = fieldDomId(idPrefix, '/networkMode');
  return (
    <>
      <SelectField
        field="/containerType"
        label={t('form.container.type')}
        value={model.containerType}
        // Without a container "none" is shown; once there is one, switching the type keeps docker settings.
        {...(hasContainer ? {} : { emptyLabel: t('form.container.none') })}
        options={[
          { value: 'DOCKER', label: t('form.container.DOCKER') },
          { value: 'MESOS', label: t('form.container.MESOS') },
        ]}
      />
      {hasContainer && (
        <>
          <TextField
            field="/dockerImage"
            label={t('form.container.image')}
            value={model.dockerImage}
            help={t('form.container.imageHelp')}
          />
          <CheckboxField
            field="/forcePullImage"
            label={t('form.container.forcePullImage')}
            value={model.forcePullImage}
          />
        </>
      )}
      <fieldset className="app-editor-fieldset" aria-describedby={`${groupId}-help`}>
        <legend>{t('form.container.network')}</legend>
        <div className="app-editor-radios">
          {NETWORK_MODES.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={groupId}
                value={option}
                checked={mode === option}
                onChange={() => onEdit({ kind: 'set', field: '/networkMode', value: option })}
              />
              {t(`form.container.${option}`)}
            </label>
          ))}
        </div>
        <p id={`${groupId}-help`} className="app-editor-field__help">
          {mode
            ? t(`form.container.networkHelp${mode}`)
            : t('form.container.unknownMode', { mode: JSON.stringify(model.networkMode) })}
        </p>
        <SectionMessages field="/networkMode" />
        {model.networkApi === 'legacy' && (
          <p className="app-editor-note">{t('form.container.legacyForm')}</p>
        )}
      </fieldset>
      {showName && (
        <TextField
          field="/networkName"
          label={t('form.container.networkName')}
          value={model.networkName}
        />
      )}
      {model.extraNetworks > 0 && (
        <p className="app-editor-note">
          {t('form.container.extraNetworks', { count: model.extraNetworks })}
        </p>
      )}
    </>
  );
}
