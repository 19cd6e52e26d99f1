import { Suspense, type ReactNode } from "react";
import { useEditor, selectDesign } from "../store/editor-store";
import type { Design } from "../../core/model/schema";
import { findTarget, type Target } from "./apply-edit";
import { InspectorContext } from "./inspector-context";
import { useInspectorSession } from "./use-inspector-session";
import { EmptyInspector } from "./EmptyInspector";
import { InspectorHeader } from "./InspectorHeader";
import { LoadBoundary, retryableLazy } from "../ui/LoadBoundary";

// Loaded on first use, and prefetched when the browser is idle after start-up.
const loadForms = () => import("./InspectorForms");
const Forms = retryableLazy(loadForms);
const Multi = retryableLazy(() => loadForms().then((m) => ({ default: m.MultiInspector })));
if (typeof window !== "undefined") (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(() => void loadForms().catch(() => undefined)); // a failed prefetch is retried on first use

function titleOf(target: Target, design: Design): { title: string; subtitle?: string } {
  if (target.kind !== "flow") return { title: target.element.name, subtitle: target.element.name === target.element.id ? undefined : target.element.id };
  const f = target.element;
  const nameOf = (id: string) => {
    const end = findTarget(design, id);
    return end && end.kind !== "flow" ? end.element.name : id;
  };
  return { title: f.label ?? `${nameOf(f.from)} → ${nameOf(f.to)}`, subtitle: f.id };
}

/** The right panel: the selected element's or flow's every field, checked as you type. */
export function Inspector() {
  const design = useEditor(selectDesign);
  const selection = useEditor((s) => s.selection);
  const only = selection.size === 1 ? selection.values().next().value : undefined;
  const { key, target, api } = useInspectorSession(only, design);

  if (selection.size === 0) return <EmptyInspector />;
  if (selection.size > 1) {
    const MultiInspector = Multi.get();
    return (
      <LoadBoundary onRetry={Multi.reset} fallback={(retry) => <LoadFailed retry={retry} />}>
        <Suspense fallback={null}>
          <MultiInspector design={design} selection={selection} />
        </Suspense>
      </LoadBoundary>
    );
  }
  if (!target || !api) return <EmptyInspector />;
  const { title, subtitle } = titleOf(target, design);
  return (
    <InspectorContext.Provider value={api}>
      <div key={key} className="pb-6" data-testid={`inspector.${target.kind}`}>
        <InspectorHeader kind={target.kind} title={title} subtitle={subtitle} />
        <FormsBoundary>
          <Suspense fallback={<div className="px-4 py-3 text-[12px] text-slate-500">Loading…</div>}>
            <FormsOf target={target} design={design} />
          </Suspense>
        </FormsBoundary>
      </div>
    </InspectorContext.Provider>
  );
}

function FormsOf(props: { target: Target; design: Design }) {
  const Form = Forms.get();
  return <Form {...props} />;
}

/** The fields failed to load: say so in place, with a retry; the rest of the editor keeps working. */
function FormsBoundary({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary
      onRetry={Forms.reset}
      fallback={(retry, error) => <LoadFailed retry={retry} error={error} />}
    >
      {children}
    </LoadBoundary>
  );
}

function LoadFailed({ retry, error }: { retry: () => void; error?: Error }) {
  return (
    <div role="alert" className="mx-4 my-3 rounded-lg border border-rose-300 bg-rose-50 p-3 text-[12px] text-rose-800" data-testid="inspector.load-failed">
      <div className="font-semibold">Could not load the fields</div>
      {error && <div className="mt-0.5 break-words">{error.message}</div>}
      <button className="mt-2 rounded-md border border-rose-400 px-2 py-0.5 font-medium" onClick={retry} data-testid="inspector.retry">
        Retry
      </button>
    </div>
  );
}
