import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorApi } from '../../../shared/api/get-mesos-version';
import { formatNumber } from '../../../shared/format/format-number';
import { useLocale } from '../../../shared/format/use-locale';
import { RESOURCE_NAMES, type ResourceName } from '../../../shared/resources/resource-names';
import { ActionDialog } from '../../deployments';
import { useUpdateQuota } from '../api/update-role';
import type { QuotaSide, RoleRow } from '../utils/role-rows';
import { ChangeReview, type ReviewedChange } from './change-review';

type Side = 'guarantee' | 'limit';
type Texts = Record<Side, Record<ResourceName, string>>;

const textsOf = (row: RoleRow): Texts => {
  const side = (values: QuotaSide) =>
    Object.fromEntries(
      RESOURCE_NAMES.map((name) => [name, values[name] === undefined ? '' : String(values[name])]),
    ) as Record<ResourceName, string>;
  return { guarantee: side(row.guarantee), limit: side(row.limit) };
};

/** '' is "not set"; otherwise a finite number of 0 or more, or an error. */
function parseAmount(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  if (!/^\s*\d*\.?\d+\s*$/.test(text)) return 'invalid';
  return Number(text);
}

/**
 * Change a role's guarantee and limit. Each field says at once what is wrong with it (not a
 * number, negative, a guarantee above its limit); the review lists what will change.
 */
export function QuotaDialog({
  row,
  api,
  onClose,
}: {
  row: RoleRow;
  api: OperatorApi;
  onClose: () => void;
}) {
  const { t } = useTranslation('roles');
  const locale = useLocale();
  const formId = useId();
  const [texts, setTexts] = useState<Texts>(() => textsOf(row));
  const [force, setForce] = useState(false);
  const update = useUpdateQuota();
  const sides: Side[] = api.quotaConfigs ? ['guarantee', 'limit'] : ['guarantee'];

  const parsed: Record<Side, QuotaSide> = { guarantee: {}, limit: {} };
  const errors = new Map<string, string>();
  for (const side of sides) {
    for (const name of RESOURCE_NAMES) {
      const value = parseAmount(texts[side][name]);
      if (value === 'invalid') errors.set(`${side}.${name}`, t('quota.invalid'));
      else if (value !== undefined) parsed[side][name] = value;
    }
  }
  for (const name of RESOURCE_NAMES) {
    const guarantee = parsed.guarantee[name];
    const limit = parsed.limit[name];
    if (guarantee !== undefined && limit !== undefined && guarantee > limit) {
      errors.set(
        `guarantee.${name}`,
        t('quota.aboveLimit', { limit: formatNumber(limit, locale, 3) }),
      );
    }
  }

  const show = (value: number | undefined) =>
    value === undefined ? t('review.unset') : formatNumber(value, locale, 3);
  const changes: ReviewedChange[] = sides.flatMap((side) =>
    RESOURCE_NAMES.flatMap((name) => {
      const before = row[side][name];
      const after = parsed[side][name];
      return before === after
        ? []
        : [
            {
              what: t(`review.${side}`, { resource: t(`resources.${name}`) }),
              from: show(before),
              to: show(after),
            },
          ];
    }),
  );

  const send = () =>
    update.mutate(
      {
        role: row.name,
        guarantees: parsed.guarantee,
        limits: parsed.limit,
        force,
        hadQuota: Object.keys(row.guarantee).length > 0,
        api,
      },
      { onSuccess: onClose },
    );

  return (
    <ActionDialog
      title={t('quota.title', { role: row.name })}
      description={
        <>
          <p>{t('quota.description')}</p>
          {!api.quotaConfigs && (
            <p className="action-dialog__warning">{t('quota.legacy', { version: api.version })}</p>
          )}
        </>
      }
      confirmLabel={t('quota.submit')}
      confirmDisabled={errors.size > 0 || changes.length === 0}
      pending={update.isPending}
      onConfirm={send}
      onClose={onClose}
      error={update.error}
      onForce={send}
    >
      {sides.map((side) => (
        <fieldset key={side} className="role-quota__side">
          <legend>{t(`quota.${side}`)}</legend>
          {RESOURCE_NAMES.map((name) => {
            const id = `${formId}-${side}-${name}`;
            const error = errors.get(`${side}.${name}`);
            return (
              <div key={name} className="action-dialog__field">
                <label htmlFor={id}>{t(`resourceUnits.${name}`)}</label>
                <input
                  id={id}
                  className="control"
                  inputMode="decimal"
                  value={texts[side][name]}
                  aria-invalid={error !== undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onChange={(event) => {
                    const value = event.target.value;
                    setTexts((current) => ({
                      ...current,
                      [side]: { ...current[side], [name]: value },
                    }));
                  }}
                />
                {error && (
                  <p id={`${id}-error`} className="action-dialog__invalid">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <label className="role-quota__force">
        <input
          type="checkbox"
          checked={force}
          onChange={(event) => setForce(event.target.checked)}
        />{' '}
        {t('quota.force')}
      </label>
      <ChangeReview changes={changes} />
    </ActionDialog>
  );
}
