import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import './virtual-list.css';

const OVERSCAN = 8;

/**
 * A list (`ol`, `li`) that renders only the items in view, for long lists of items whose height
 * varies (each is measured once drawn). Items carry `aria-posinset`/`aria-setsize`, so assistive
 * technology knows where in the whole list they sit; the scroll box is focusable for keyboards.
 */
export function VirtualList<Item>({
  label,
  items,
  itemKey,
  itemClassName,
  renderItem,
  estimateSize,
}: {
  /** The list's accessible name. */
  label: string;
  items: readonly Item[];
  itemKey: (item: Item) => string | number;
  itemClassName?: (item: Item) => string;
  /** What goes inside the item's `li`. */
  renderItem: (item: Item) => ReactNode;
  /** Height in px an item is given until it is measured. */
  estimateSize: number;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The build does not use the React Compiler; the virtualizer re-renders this list on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => itemKey(items[index] as Item),
    // An item not laid out yet (0 px) keeps its estimate rather than collapsing the list.
    measureElement: (element) => element.getBoundingClientRect().height || estimateSize,
    overscan: OVERSCAN,
  });
  return (
    <div ref={scrollRef} className="virtual-list" tabIndex={0}>
      <ol
        aria-label={label}
        className="virtual-list__items"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index] as Item;
          return (
            <li
              key={virtual.key}
              ref={virtualizer.measureElement}
              data-index={virtual.index}
              aria-posinset={virtual.index + 1}
              aria-setsize={items.length}
              className={`virtual-list__item ${itemClassName?.(item) ?? ''}`}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
