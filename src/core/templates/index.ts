import type { Design } from "../model/schema";
import { emptyDesign } from "../model/elements";
import { mallGoTemplate } from "./mall-go";
import { overSplitTemplate } from "./over-split";
import { circularTemplate } from "./circular";
import { TEMPLATE_CATALOG, type TemplateId } from "./catalog";

export interface Template {
  id: TemplateId;
  title: string;
  summary: string;
  create(): Design;
}

/** The designs a user can start from, in the order the app offers them. */
const CREATE: Record<TemplateId, () => Design> = { blank: () => emptyDesign(), "mall-go": mallGoTemplate, "over-split": overSplitTemplate, circular: circularTemplate };

/** The designs a user can start from, in the order the app offers them. */
export const TEMPLATES: readonly Template[] = TEMPLATE_CATALOG.map((t) => ({ ...t, create: CREATE[t.id] }));

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
