import { useMemo } from "react";
import { routeAvailability } from "../../core/impact/route-availability";
import type { Design } from "../../core/model/schema";
import { useT } from "../i18n/i18n";

/** A gateway route's availability on a normal day, under its route fields in the inspector. */
export function RouteAvailabilityNote({ design, flowId }: { design: Design; flowId: string }) {
  const { t, locale } = useT();
  const route = useMemo(() => routeAvailability(design, undefined, flowId)[0], [design, flowId]);
  if (!route) return null;
  const names = new Map((design.services ?? []).map((s) => [s.id, s.name]));
  return (
    <p className="mx-4 mb-3 rounded-md bg-slate-50 px-3 py-2 text-[12px] text-slate-600" data-testid="inspector.flow.availability">
      {t("fixFields.availability.label")} <span className="font-semibold tabular-nums text-slate-800">{new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(route.availability)}</span>
      {t("fixFields.availability.detail", { path: route.services.map((id) => names.get(id) ?? id).join(" → ") })}
    </p>
  );
}
