/**
 * Marathon's placement constraint operators (`SchedulingValidation.complyWithAppConstraintRules`,
 * plus `IS` from 1.7): the simulated Marathon validates against them and the app editor offers them.
 */
export const CONSTRAINT_OPERATORS = [
  'UNIQUE',
  'CLUSTER',
  'GROUP_BY',
  'LIKE',
  'UNLIKE',
  'MAX_PER',
  'IS',
] as const;

export type ConstraintOperator = (typeof CONSTRAINT_OPERATORS)[number];

export function isConstraintOperator(value: unknown): value is ConstraintOperator {
  return (CONSTRAINT_OPERATORS as readonly unknown[]).includes(value);
}
