import { useEditor, selectDesign } from "../store/editor-store";
import type { Design } from "../../core/model/schema";
import { findTarget, type Target } from "./apply-edit";
import { InspectorContext } from "./inspector-context";
import { useInspectorSession } from "./use-inspector-session";
import { EmptyInspector } from "./EmptyInspector";
import { MultiInspector } from "./MultiInspector";
import { InspectorHeader } from "./InspectorHeader";
import { ContextForm } from "./ContextForm";
import { ServiceForm } from "./ServiceForm";
import { BrokerForm, DatabaseForm } from "./StoreForms";
import { GatewayForm } from "./GatewayForm";
import { FlowForm } from "./FlowForm";

function nonexhaustive(x: never): never {
  throw new Error(`unhandled target kind: ${JSON.stringify(x)}`);
}

function Form({ target, design }: { target: Target; design: Design }) {
  switch (target.kind) {
    case "context":
      return <ContextForm context={target.element} design={design} />;
    case "service":
      return <ServiceForm service={target.element} design={design} />;
    case "database":
      return <DatabaseForm database={target.element} design={design} />;
    case "broker":
      return <BrokerForm broker={target.element} design={design} />;
    case "gateway":
      return <GatewayForm gateway={target.element} />;
    case "flow":
      return <FlowForm flow={target.element} design={design} />;
    default:
      return nonexhaustive(target);
  }
}

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
        <Form target={target} design={design} />
      </div>
    </InspectorContext.Provider>
  );
}
