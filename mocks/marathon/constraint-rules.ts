/** Constraint validation as `SchedulingValidation.complyWithAppConstraintRules` (plus `IS`, 1.7+). */
import { isConstraintOperator } from '../../src/api/marathon-constraints';

const isInteger = (value: string) => /^[+-]?\d+$/.test(value);

function validRegex(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

/** Violations of one constraint (the canonical form, `UNIQUE` with `""` already reduced). */
export function constraintErrors(constraint: string[]): string[] {
  if (constraint.length < 2 || constraint.length > 3) {
    return ['Each constraint must have either 2 or 3 fields'];
  }
  const [field, operator, value] = constraint;
  if (!field) return ['Missing field and operator'];
  if (!isConstraintOperator(operator)) {
    return [
      'Constraint operator must be one of the following UNIQUE, CLUSTER, GROUP_BY, LIKE, MAX_PER, UNLIKE or IS',
    ];
  }
  switch (operator) {
    case 'UNIQUE':
      return value === undefined ? [] : ['Value specified but not used'];
    case 'CLUSTER':
    case 'IS':
      return value ? [] : ['Missing value'];
    case 'GROUP_BY':
      return value === undefined || isInteger(value)
        ? []
        : ['Value was specified but is not a number'];
    case 'MAX_PER':
      return value !== undefined && isInteger(value)
        ? []
        : ['Value was not specified or is not a number'];
    case 'LIKE':
    case 'UNLIKE':
      if (value === undefined) return ['A regular expression value must be provided'];
      return validRegex(value) ? [] : [`'${value}' is not a valid regular expression`];
  }
}
