/**
 * Client-side hints the form shows next to the field they are about. They explain Marathon's
 * rules before a round trip; the server stays the judge (a hint never blocks a submit).
 */
import { CONSTRAINT_OPERATORS } from '../../../../api/marathon-constraints';
import { fieldId, type FormFieldId } from './form-fields';
import type { AppFormModel, FieldValue } from './form-model';

export { CONSTRAINT_OPERATORS };

export type HintCode =
  | 'notANumber'
  | 'notAnInteger'
  | 'portRange'
  | 'fixedHostPortNeedsServicePort'
  | 'fixedHostPortLimitsInstances'
  | 'uniqueTakesNoValue'
  | 'maxPerNeedsInteger'
  | 'groupByNeedsInteger'
  | 'operatorNeedsValue'
  | 'unknownOperator'
  | 'idFormat'
  | 'cmdAndArgs'
  | 'networkNameOnlyForUser'
  | 'userNetworkNeedsName'
  | 'portMappingsInBothPlaces'
  | 'dockerNeedsImage';

export interface FieldHint {
  field: FormFieldId;
  code: HintCode;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
}

// Marathon's path rule: segments of [a-z0-9-.], not starting or ending with '-'.
const ID_PATTERN = /^\/?(([a-z0-9]|[a-z0-9][a-z0-9\-.]*[a-z0-9])(\/|$))+$/;
const INTEGER_TEXT = /^\d+$/;

const isPort = (value: FieldValue) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535;

export function validateForm(model: AppFormModel): FieldHint[] {
  const hints: FieldHint[] = [];
  const hint = (
    field: FormFieldId,
    code: HintCode,
    severity: 'error' | 'warning' = 'error',
    params?: FieldHint['params'],
  ) => hints.push({ field, code, severity, ...(params ? { params } : {}) });

  if (typeof model.id === 'string' && model.id !== '' && !ID_PATTERN.test(model.id))
    hint('/id', 'idFormat');
  if (model.cmd !== undefined && model.cmd !== null && model.hasArgs) hint('/cmd', 'cmdAndArgs');
  for (const name of ['cpus', 'mem', 'disk', 'instances'] as const) {
    const value = model[name];
    if (value !== undefined && typeof value !== 'number') hint(fieldId(name), 'notANumber');
    else if (name === 'instances' && typeof value === 'number' && !Number.isInteger(value)) {
      hint('/instances', 'notAnInteger');
    }
  }
  if (
    model.containerType === 'DOCKER' &&
    (typeof model.dockerImage !== 'string' || model.dockerImage === '')
  ) {
    hint('/dockerImage', 'dockerNeedsImage');
  }
  const mode = model.effectiveNetworkMode;
  const hasName = typeof model.networkName === 'string' && model.networkName !== '';
  if (mode !== 'USER' && hasName) hint('/networkName', 'networkNameOnlyForUser', 'warning');
  if (mode === 'USER' && !hasName) hint('/networkName', 'userNetworkNeedsName', 'warning');
  if (model.portMappingsInBothPlaces) hint('/portMappings', 'portMappingsInBothPlaces');

  const instances = typeof model.instances === 'number' ? model.instances : 1;
  for (const { index, values } of model.portMappings) {
    for (const key of ['containerPort', 'hostPort', 'servicePort'] as const) {
      if (values[key] !== undefined && !isPort(values[key]))
        hint(fieldId('portMappings', index, key), 'portRange');
    }
    const { hostPort, servicePort } = values;
    if (typeof hostPort === 'number' && hostPort > 0) {
      if (servicePort === undefined || servicePort === 0) {
        hint(
          fieldId('portMappings', index, 'servicePort'),
          'fixedHostPortNeedsServicePort',
          'warning',
          {
            hostPort,
          },
        );
      }
      if (instances > 1) {
        hint(
          fieldId('portMappings', index, 'hostPort'),
          'fixedHostPortLimitsInstances',
          'warning',
          {
            hostPort,
            instances,
          },
        );
      }
    }
  }

  for (const { index, values } of model.constraints) {
    const operator = values.operator;
    const value = values.value;
    const at = (key: 'operator' | 'value') => fieldId('constraints', index, key);
    const text = typeof value === 'string' ? value : undefined;
    if (
      typeof operator !== 'string' ||
      !(CONSTRAINT_OPERATORS as readonly string[]).includes(operator)
    ) {
      hint(at('operator'), 'unknownOperator', 'error', { operator: String(operator ?? '') });
    } else if (operator === 'UNIQUE' && value !== undefined) {
      hint(at('value'), 'uniqueTakesNoValue', 'warning');
    } else if (operator === 'MAX_PER' && !(text !== undefined && INTEGER_TEXT.test(text))) {
      hint(at('value'), 'maxPerNeedsInteger');
    } else if (
      operator === 'GROUP_BY' &&
      text !== undefined &&
      text !== '' &&
      !INTEGER_TEXT.test(text)
    ) {
      hint(at('value'), 'groupByNeedsInteger');
    } else if (['LIKE', 'UNLIKE', 'IS'].includes(operator) && (text === undefined || text === '')) {
      hint(at('value'), 'operatorNeedsValue', 'error', { operator });
    }
  }
  return hints;
}
