import type { Design } from "../model/schema";
import { emptyDesign } from "../model/elements";
import { mallGoTemplate } from "./mall-go";
import { overSplitTemplate } from "./over-split";
import { circularTemplate } from "./circular";

export interface Template {
  id: "blank" | "mall-go" | "over-split" | "circular";
  title: string;
  summary: string;
  create(): Design;
}

/** The designs a user can start from, in the order the app offers them. */
export const TEMPLATES: readonly Template[] = [
  { id: "blank", title: "Blank", summary: "An empty canvas.", create: () => emptyDesign() },
  { id: "mall-go", title: "mall-go e-commerce", summary: "Ten services in seven bounded contexts, an API gateway and Kafka events.", create: mallGoTemplate },
  { id: "over-split", title: "Over-split user services", summary: "The seed's pitfall: one service per table.", create: overSplitTemplate },
  { id: "circular", title: "Circular dependency", summary: "user-service and order-service call each other.", create: circularTemplate },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
