/**
 * Caveats name element and flow ids; the dialog shows what the person sees on
 * the canvas instead: an element's name, a route's path, a flow's label or
 * its two ends.
 */
import { indexElements } from "../../core/model/elements";
import { effectiveRoutePath } from "../../core/model/defaults";
import type { Design } from "../../core/model/schema";

/** A lookup from id to the name shown on the canvas; unknown ids name themselves. */
export function nameDesignIds(design: Design): (id: string) => string {
  const elements = indexElements(design);
  const flows = new Map((design.flows ?? []).map((f) => [f.id, f]));
  const elementName = (id: string) => elements.get(id)?.element.name ?? id;
  return (id) => {
    const element = elements.get(id);
    if (element) return element.element.name;
    const flow = flows.get(id);
    if (!flow) return id;
    if (flow.label) return flow.label;
    if (elements.get(flow.from)?.kind === "gateway") return `${effectiveRoutePath(flow)} → ${elementName(flow.to)}`;
    return `${elementName(flow.from)} → ${elementName(flow.to)}`;
  };
}
