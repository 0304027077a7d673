import { useId, useMemo, type ReactNode } from 'react';
import type { FormEdit } from './apply-form-patch';
import { FormContext, type FieldMessage, type FormContextValue } from './form-controls';
import { ConstraintsSection } from './form-constraints-section';
import { ContainerSection } from './form-container-section';
import { EntriesSection } from './form-entries-section';
import type { FormFieldId } from './form-fields';
import { GeneralSection } from './form-general-section';
import { HealthChecksSection } from './form-health-checks-section';
import { readAppForm } from './form-model';
import { PortsSection } from './form-ports-section';
import { VolumesSection } from './form-volumes-section';
import type { JsonObject } from './json-parser';
import type { PathError } from './map-marathon-errors';
import { useAppEditorTranslation, type AppEditorKey } from './use-app-editor-translation';
import { validateForm } from './validation-hints';

export interface FormEditorProps {
  /** The parsed document; the form shows it and never keeps a copy of its own. */
  app: JsonObject;
  onEdit: (edit: FormEdit) => void;
  /** Server (422) errors; those with a `field` are shown at that field. */
  serverErrors?: PathError[];
}

const NO_HINTS: readonly { field: FormFieldId; message: FieldMessage }[] = [];

/**
 * The form controls' context: edits go to `onEdit`, and each field shows its `hints` and the
 * server's (422) errors placed at it.
 */
export function useFormContextValue(
  onEdit: (edit: FormEdit) => void,
  serverErrors: PathError[],
  hints: readonly { field: FormFieldId; message: FieldMessage }[] = NO_HINTS,
): FormContextValue {
  const t = useAppEditorTranslation();
  const idPrefix = useId().replace(/:/g, '');
  return useMemo<FormContextValue>(() => {
    const messages = new Map<FormFieldId, FieldMessage[]>();
    const add = (field: FormFieldId, message: FieldMessage) =>
      messages.set(field, [...(messages.get(field) ?? []), message]);
    for (const hint of hints) add(hint.field, hint.message);
    for (const error of serverErrors) {
      if (error.field) add(error.field, { severity: 'error', text: error.messages.join('; ') });
    }
    return { idPrefix, t, onEdit, messagesFor: (field) => messages.get(field) ?? [] };
  }, [idPrefix, hints, onEdit, serverErrors, t]);
}

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section className="app-editor-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function FormEditor({ app, onEdit, serverErrors = [] }: FormEditorProps) {
  const t = useAppEditorTranslation();
  const model = useMemo(() => readAppForm(app), [app]);
  const hints = useMemo(
    () =>
      validateForm(model).map((hint) => ({
        field: hint.field,
        message: {
          severity: hint.severity,
          text: t(`hints.${hint.code}` as AppEditorKey, hint.params),
        },
      })),
    [model, t],
  );
  const context = useFormContextValue(onEdit, serverErrors, hints);
  const { idPrefix } = context;
  const heading = (name: string) => `${idPrefix}-section-${name}`;
  return (
    <FormContext.Provider value={context}>
      <form
        className="app-editor-form"
        aria-label={t('form.label')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Section id={heading('general')} title={t('form.sections.general')}>
          <GeneralSection model={model} />
        </Section>
        <Section id={heading('container')} title={t('form.sections.container')}>
          <ContainerSection model={model} />
        </Section>
        <Section id={heading('ports')} title={t('form.sections.ports')}>
          <PortsSection model={model} />
        </Section>
        <Section id={heading('volumes')} title={t('form.sections.volumes')}>
          <VolumesSection model={model} />
        </Section>
        <Section id={heading('constraints')} title={t('form.sections.constraints')}>
          <ConstraintsSection model={model} idPrefix={idPrefix} />
        </Section>
        <Section id={heading('env')} title={t('form.sections.env')}>
          <EntriesSection collection="env" entries={model.env} />
        </Section>
        <Section id={heading('labels')} title={t('form.sections.labels')}>
          <EntriesSection collection="labels" entries={model.labels} />
        </Section>
        <Section id={heading('healthChecks')} title={t('form.sections.healthChecks')}>
          <HealthChecksSection model={model} />
        </Section>
      </form>
    </FormContext.Provider>
  );
}
