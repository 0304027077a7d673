import { useMemo } from 'react';
import type { FormEdit } from './apply-form-patch';
import { FormContext, NumberField, TextField } from './form-controls';
import { Section, useFormContextValue } from './form-editor';
import { CONTAINER_KEYS, fieldId, readField } from './form-fields';
import { ListSection } from './form-list-section';
import type { FieldValue, FormRow } from './form-model';
import type { JsonObject } from './json-parser';
import { getAtPath } from './json-path';
import type { PathError } from './map-marathon-errors';
import { useAppEditorTranslation, type AppEditorKey } from './use-app-editor-translation';

type ContainerRow = FormRow<(typeof CONTAINER_KEYS)[number]>;

const CONTAINER_FIELDS: {
  key: (typeof CONTAINER_KEYS)[number];
  label: AppEditorKey;
  Field: typeof TextField | typeof NumberField;
}[] = [
  { key: 'name', label: 'podForm.name', Field: TextField },
  { key: 'image', label: 'podForm.image', Field: TextField },
  { key: 'cpus', label: 'form.general.cpus', Field: NumberField },
  { key: 'mem', label: 'form.general.mem', Field: NumberField },
];

/** What the pod form shows, read through the same field locations its edits write to. */
function readPodForm(pod: JsonObject): {
  id: FieldValue;
  instances: FieldValue;
  containers: ContainerRow[];
} {
  const containers = getAtPath(pod, ['containers']);
  return {
    id: readField(pod, '/id'),
    instances: readField(pod, '/podInstances'),
    containers: (Array.isArray(containers) ? containers : []).map((_, index) => {
      const values = {} as ContainerRow['values'];
      for (const key of CONTAINER_KEYS) {
        values[key] = readField(pod, fieldId('containers', index, key));
      }
      return { index, values };
    }),
  };
}

/**
 * The pod's form: id, instances and each container's name, image, cpus and mem. Like the app
 * form it only patches the JSON text, so everything else (endpoints, health checks, volumes)
 * stays as written and is edited in JSON mode.
 */
export function PodFormEditor({
  pod,
  onEdit,
  serverErrors = [],
}: {
  pod: JsonObject;
  onEdit: (edit: FormEdit) => void;
  serverErrors?: PathError[];
}) {
  const t = useAppEditorTranslation();
  const model = useMemo(() => readPodForm(pod), [pod]);
  const context = useFormContextValue(onEdit, serverErrors);
  const heading = (name: string) => `${context.idPrefix}-section-${name}`;
  return (
    <FormContext.Provider value={context}>
      <form
        className="app-editor-form"
        aria-label={t('podForm.label')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Section id={heading('general')} title={t('form.sections.general')}>
          <TextField field="/id" label={t('form.general.id')} value={model.id} />
          <NumberField
            field="/podInstances"
            label={t('form.general.instances')}
            value={model.instances}
          />
        </Section>
        <Section id={heading('containers')} title={t('podForm.containers')}>
          <p className="app-editor-note">{t('podForm.moreInJson')}</p>
          <ListSection
            collection="containers"
            rows={model.containers}
            rowLabel={(index) => t('podForm.container', { index })}
            emptyText={t('podForm.none')}
            addLabel={t('podForm.add')}
            removeLabel={(index) => t('podForm.remove', { index })}
            renderRow={({ index, values }) =>
              CONTAINER_FIELDS.map(({ key, label, Field }) => (
                <Field
                  key={key}
                  field={fieldId('containers', index, key)}
                  label={t(label)}
                  value={values[key]}
                />
              ))
            }
          />
        </Section>
      </form>
    </FormContext.Provider>
  );
}
