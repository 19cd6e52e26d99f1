import { useMemo } from "react";
import { routeAvailability } from "../../core/impact/route-availability";
import type { Design } from "../../core/model/schema";

/** A gateway route's availability on a normal day, under its route fields in the inspector. */
export function RouteAvailabilityNote({ design, flowId }: { design: Design; flowId: string }) {
  const route = useMemo(() => routeAvailability(design, undefined, flowId)[0], [design, flowId]);
  if (!route) return null;
  const names = new Map((design.services ?? []).map((s) => [s.id, s.name]));
  return (
    <p className="mx-4 mb-3 rounded-md bg-slate-50 px-3 py-2 text-[12px] text-slate-600" data-testid="inspector.flow.availability">
      Availability <span className="font-semibold tabular-nums text-slate-800">{`${Number((route.availability * 100).toFixed(2))}%`}</span>: the product along {route.services.map((id) => names.get(id) ?? id).join(" → ")}, its weakest sync path (0.999 a service unless it states its own).
    </p>
  );
}
