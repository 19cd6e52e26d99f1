/**
 * What each template is, without its contents: the app lists these at first
 * paint and loads a template's design only when it is chosen.
 */
export const TEMPLATE_CATALOG = [
  { id: "blank", title: "Blank", summary: "An empty canvas." },
  { id: "mall-go", title: "mall-go e-commerce", summary: "Ten services in seven bounded contexts, an API gateway and Kafka events." },
  { id: "over-split", title: "Over-split user services", summary: "The mall-go guide's pitfall: one service per table." },
  { id: "circular", title: "Circular dependency", summary: "user-service and order-service call each other." },
] as const;

export type TemplateId = (typeof TEMPLATE_CATALOG)[number]["id"];
