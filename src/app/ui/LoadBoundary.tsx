import { Component, lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { useEditor } from "../store/editor-store";
import { t } from "../i18n/i18n";

/**
 * Catches a lazy chunk that fails to load (offline, or the site was updated
 * and the old chunk is gone). Without it the failed import would unmount the
 * whole editor and leave a white page. It either reports the failure (a
 * notice with Retry, for dialogs) or shows `fallback` in place (with a retry).
 */
export class LoadBoundary extends Component<
  { onError?: (error: Error) => void; onRetry?: () => void; fallback?: (retry: () => void, error: Error) => ReactNode; children: ReactNode },
  { error?: Error }
> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ error: undefined });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return this.props.fallback ? this.props.fallback(this.retry, this.state.error) : null;
  }
}

/**
 * A lazy component that can be loaded again: React keeps a failed lazy
 * import failed forever, so a retry needs a fresh one.
 */
// The same bound as React's own lazy().
export interface RetryableLazy<C extends ComponentType<any>> {
  get(): LazyExoticComponent<C>;
  reset(): void;
}

export function retryableLazy<C extends ComponentType<any>>(load: () => Promise<{ default: C }>): RetryableLazy<C> {
  let current = lazy(load);
  return {
    get: () => current,
    reset: () => {
      current = lazy(load);
    },
  };
}

/** Says what failed to load and offers to try again; the editor keeps working meanwhile. */
export function reportLoadFailure(title: string, error: unknown, retry: () => void): void {
  useEditor.getState().notify({
    tone: "error",
    title,
    details: [error instanceof Error ? error.message : String(error), t("lazy.failedHint")],
    sticky: true,
    action: { label: t("lazy.retry"), run: retry },
  });
}
