/**
 * For component tests: jsdom lays nothing out, so every element is 0 px tall and a virtual table
 * or list would show no rows. This gives their scroll viewports a height; call the result to undo.
 */
export function giveVirtualTablesHeight(height = 720): () => void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const viewport =
        this.classList.contains('virtual-table') || this.classList.contains('virtual-list');
      return viewport ? height : 0;
    },
  });
  return () => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  };
}
