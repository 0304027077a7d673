/**
 * A page opts its search or filter box in to the `/` shortcut by spreading these props on it.
 * The first such box in the document is the page's.
 */
export const pageSearchProps = { 'data-page-search': '' } as const;

/** Focuses the page's search box and selects its text; false when the page has none. */
export function focusPageSearch(): boolean {
  const box = document.querySelector<HTMLElement>('[data-page-search]');
  if (!box) return false;
  box.focus();
  if (box instanceof HTMLInputElement) box.select();
  return true;
}
