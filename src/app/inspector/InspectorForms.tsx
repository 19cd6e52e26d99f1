/**
 * The per-kind forms, in their own chunk: the first page load only needs the
 * inspector's empty state; the forms load right after, while the person looks.
 */
import type { Design } from "../../core/model/schema";
import type { Target } from "./apply-edit";
import { ContextForm } from "./ContextForm";
import { ServiceForm } from "./ServiceForm";
import { BrokerForm, DatabaseForm } from "./StoreForms";
import { GatewayForm } from "./GatewayForm";
import { FlowForm } from "./FlowForm";

function nonexhaustive(x: never): never {
  throw new Error(`unhandled target kind: ${JSON.stringify(x)}`);
}

export default function Form({ target, design }: { target: Target; design: Design }) {
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


// The inspector's panels ride in this chunk, not the first page.
export { MultiInspector } from "./MultiInspector";
export { SingleInspector } from "./SingleInspector";
