import type { ReactNode } from 'react';
import { useSession } from './api/get-session';

/**
 * Whether write controls are shown: not in --read-only, not for viewers. The proxy refuses their
 * writes either way; this keeps the console from offering what would be refused. Until the
 * session is known the controls show, so a page does not jump for everyone else.
 */
export function useCanWrite(): boolean {
  return useSession().data?.readOnly !== true;
}

/** Renders a write control only when the signed-in person may use it; else `fallback`. */
export function WriteControl({
  children,
  fallback = null,
}: {
  children: ReactNode;
  fallback?: ReactNode;
}) {
  return useCanWrite() ? children : fallback;
}
