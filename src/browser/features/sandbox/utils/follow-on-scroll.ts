/** How close to the bottom (px) still counts as "at the bottom". */
export const BOTTOM_SLACK_PX = 8;

export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

export function isAtBottom(metrics: ScrollMetrics): boolean {
  return metrics.scrollHeight - metrics.scrollTop - metrics.clientHeight <= BOTTOM_SLACK_PX;
}

/**
 * Following after a scroll of the log: scrolling up away from the bottom stops it, scrolling
 * down to the bottom resumes it. Other scrolls (the view's own jump to the bottom, keeping the
 * position when older text is prepended) leave it as it was.
 */
export function followAfterScroll(
  following: boolean,
  previousScrollTop: number,
  metrics: ScrollMetrics,
): boolean {
  const atBottom = isAtBottom(metrics);
  if (following && metrics.scrollTop < previousScrollTop && !atBottom) return false;
  if (!following && metrics.scrollTop > previousScrollTop && atBottom) return true;
  return following;
}
