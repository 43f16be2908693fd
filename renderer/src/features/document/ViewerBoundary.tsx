/**
 * Catches a viewer that fails to load or throws while rendering, so one bad document (or a
 * broken chunk) leaves the list and the checklist working. Resets when the case changes.
 */
import { Component, type ReactNode } from 'react';

interface ViewerBoundaryProps {
  resetKey: number;
  fallback(error: Error): ReactNode;
  children: ReactNode;
}

interface ViewerBoundaryState {
  error: Error | null;
  resetKey: number;
}

export class ViewerBoundary extends Component<ViewerBoundaryProps, ViewerBoundaryState> {
  override state: ViewerBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ViewerBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ViewerBoundaryProps,
    state: ViewerBoundaryState,
  ): Partial<ViewerBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
