import { Suspense, type ReactNode } from "react";
import { useEditor, selectDesign } from "../store/editor-store";
import type { Design } from "../../core/model/schema";
import { EmptyInspector } from "./EmptyInspector";
import { LoadBoundary, retryableLazy } from "../ui/LoadBoundary";
import { useT } from "../i18n/i18n";

// The inspector proper (header, session, forms) is loaded on first use and
// prefetched when the browser is idle after start-up: none of it is needed to
// paint the editor.
const loadForms = () => import("./InspectorForms");
const Single = retryableLazy(() => loadForms().then((m) => ({ default: m.SingleInspector })));
const Multi = retryableLazy(() => loadForms().then((m) => ({ default: m.MultiInspector })));
if (typeof window !== "undefined") (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(() => void loadForms().catch(() => undefined)); // a failed prefetch is retried on first use

/** The right panel: the selected element's or flow's every field, checked as you type. */
export function Inspector() {
  const design = useEditor(selectDesign);
  const selection = useEditor((s) => s.selection);
  if (selection.size === 0) return <EmptyInspector />;
  if (selection.size > 1) {
    return (
      <Loading onRetry={Multi.reset}>
        <MultiOf design={design} selection={selection} />
      </Loading>
    );
  }
  return (
    <Loading onRetry={Single.reset}>
      <SingleOf id={selection.values().next().value!} />
    </Loading>
  );
}

// The lazy component is looked up when these render, so a retry (which makes a fresh one) takes effect.
function SingleOf({ id }: { id: string }) {
  const SingleInspector = Single.get();
  return <SingleInspector id={id} />;
}

function MultiOf(props: { design: Design; selection: ReadonlySet<string> }) {
  const MultiInspector = Multi.get();
  return <MultiInspector {...props} />;
}

/** While the inspector loads, say so; if it fails to load, say that in place, with a retry. */
function Loading({ onRetry, children }: { onRetry: () => void; children: ReactNode }) {
  const { t } = useT();
  return (
    <LoadBoundary onRetry={onRetry} fallback={(retry, error) => <LoadFailed retry={retry} error={error} />}>
      <Suspense fallback={<div className="px-4 py-3 text-[12px] text-slate-500">{t("inspector.loading")}</div>}>{children}</Suspense>
    </LoadBoundary>
  );
}

function LoadFailed({ retry, error }: { retry: () => void; error?: Error }) {
  const { t } = useT();
  return (
    <div role="alert" className="mx-4 my-3 rounded-lg border border-rose-300 bg-rose-50 p-3 text-[12px] text-rose-800" data-testid="inspector.load-failed">
      <div className="font-semibold">{t("inspector.loadFailed")}</div>
      {error && <div className="mt-0.5 break-words">{error.message}</div>}
      <button className="mt-2 rounded-md border border-rose-400 px-2 py-0.5 font-medium" onClick={retry} data-testid="inspector.retry">
        {t("inspector.retry")}
      </button>
    </div>
  );
}
