import { lazy, Suspense } from "react";
import { useEditor, selectDesign } from "../store/editor-store";
import type { Design } from "../../core/model/schema";
import { findTarget, type Target } from "./apply-edit";
import { InspectorContext } from "./inspector-context";
import { useInspectorSession } from "./use-inspector-session";
import { EmptyInspector } from "./EmptyInspector";
import { MultiInspector } from "./MultiInspector";
import { InspectorHeader } from "./InspectorHeader";
import { WhatIfButton } from "../fixes/WhatIfButton";

// Loaded on first use, and prefetched when the browser is idle after start-up.
const loadForms = () => import("./InspectorForms");
const Form = lazy(loadForms);
if (typeof window !== "undefined") (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200)))(() => void loadForms());

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
  if (selection.size > 1) return <MultiInspector design={design} selection={selection} />;
  if (!target || !api) return <EmptyInspector />;
  const { title, subtitle } = titleOf(target, design);
  return (
    <InspectorContext.Provider value={api}>
      <div key={key} className="pb-6" data-testid={`inspector.${target.kind}`}>
        <InspectorHeader kind={target.kind} title={title} subtitle={subtitle} />
        {target.kind !== "flow" && <WhatIfButton id={target.element.id} />}
        <Suspense fallback={<div className="px-4 py-3 text-[12px] text-slate-400">Loading…</div>}>
          <Form target={target} design={design} />
        </Suspense>
      </div>
    </InspectorContext.Provider>
  );
}
