/**
 * A ref that always holds the latest value: callbacks from the host (often new arrow
 * functions on every render) are read through it, so they never restart the pane's effects
 * (a new `loadBytes` identity must not reopen the document).
 */
import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';

export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
