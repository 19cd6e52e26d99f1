import { useEditor, selectDesign } from "../store/editor-store";
import type { Design } from "../../core/model/schema";
import { findTarget, type Target } from "./apply-edit";
import { InspectorContext } from "./inspector-context";
import { useInspectorSession } from "./use-inspector-session";
import { EmptyInspector } from "./EmptyInspector";
import { InspectorHeader } from "./InspectorHeader";
import Form from "./InspectorForms";
import { WhatIfButton } from "../fixes/WhatIfButton";

function titleOf(target: Target, design: Design): { title: string; subtitle?: string } {
  if (target.kind !== "flow") return { title: target.element.name, subtitle: target.element.name === target.element.id ? undefined : target.element.id };
  const f = target.element;
  const nameOf = (id: string) => {
    const end = findTarget(design, id);
    return end && end.kind !== "flow" ? end.element.name : id;
  };
  return { title: f.label ?? `${nameOf(f.from)} → ${nameOf(f.to)}`, subtitle: f.id };
}

/** One element or flow selected: its header and every field, checked as you type. */
export function SingleInspector({ id }: { id: string }) {
  const design = useEditor(selectDesign);
  const { key, target, api } = useInspectorSession(id, design);
  if (!target || !api) return <EmptyInspector />;
  const { title, subtitle } = titleOf(target, design);
  return (
    <InspectorContext.Provider value={api}>
      <div key={key} className="pb-6" data-testid={`inspector.${target.kind}`}>
        <InspectorHeader kind={target.kind} title={title} subtitle={subtitle} />
        {target.kind !== "flow" && <WhatIfButton id={target.element.id} />}
        <Form target={target} design={design} />
      </div>
    </InspectorContext.Provider>
  );
}
