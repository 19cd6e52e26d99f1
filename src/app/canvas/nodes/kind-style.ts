import type { ElementKind } from "../../../core/model/schema";

/** One accent per kind, so a glance tells services from data from messaging. */
export const KIND_STYLE: Record<ElementKind, { label: string; accent: string; tint: string; ring: string }> = {
  context: { label: "Bounded context", accent: "text-slate-500", tint: "bg-slate-50/60", ring: "border-slate-300" },
  service: { label: "Service", accent: "text-sky-600", tint: "bg-sky-50", ring: "border-sky-300" },
  database: { label: "Database", accent: "text-emerald-600", tint: "bg-emerald-50", ring: "border-emerald-300" },
  broker: { label: "Message broker", accent: "text-violet-600", tint: "bg-violet-50", ring: "border-violet-300" },
  gateway: { label: "API gateway", accent: "text-amber-600", tint: "bg-amber-50", ring: "border-amber-300" },
};
