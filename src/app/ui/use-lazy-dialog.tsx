import { createElement, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { LoadBoundary, reportLoadFailure, type RetryableLazy } from "./LoadBoundary";

/**
 * A dialog whose code loads on first open: its state (undefined while
 * closed) and `host`, which shows it. A failed load closes it and reports
 * the failure with a Retry that opens it again as it was.
 * @example
 * const find = useLazyDialog<FindMode>(t("find.openFailed"));
 * find.host(FindDialog, (mode, onClose) => ({ mode, onClose }));
 */
export function useLazyDialog<S>(failedTitle: string) {
  const [state, setState] = useState<S | undefined>();
  const close = () => setState(undefined);
  function host<P extends object>(dialog: RetryableLazy<ComponentType<P>>, props: (state: S, close: () => void) => P): ReactNode {
    if (state === undefined) return null;
    const onError = (error: Error) => {
      const was = state;
      setState(undefined);
      dialog.reset();
      reportLoadFailure(failedTitle, error, () => setState(was));
    };
    return (
      <LoadBoundary onError={onError}>
        <Suspense fallback={null}>{createElement(dialog.get(), props(state, close))}</Suspense>
      </LoadBoundary>
    );
  }
  return { state, open: setState, close, host };
}
