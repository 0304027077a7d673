import { within } from '@testing-library/react';

/**
 * The value shown for `label` in a description list (the header's leaders, a card's stats):
 * the <dd> that follows the <dt> with that text.
 */
export function describedValue(container: HTMLElement, label: string): string {
  const term = within(container).getByText(label, { selector: 'dt, dt *' }).closest('dt');
  const value = term?.nextElementSibling;
  if (!value || value.tagName !== 'DD') throw new Error(`No <dd> follows the term "${label}".`);
  return value.textContent;
}
