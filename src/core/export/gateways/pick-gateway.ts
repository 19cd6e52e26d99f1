import type { Design, Gateway } from "../../model/schema";
import { ExportError, type ExportOptions } from "../types";

/**
 * The gateway a gateway target exports: the one named in the options, else the
 * design's only gateway. Throws ExportError naming the choices otherwise.
 * @example pickGateway(mallGo, {}).id === "api-gateway"
 */
export function pickGateway(design: Design, options: ExportOptions = {}): Gateway {
  const gateways = design.gateways ?? [];
  const ids = gateways.map((g) => g.id).join(", ");
  if (options.gatewayId !== undefined) {
    const found = gateways.find((g) => g.id === options.gatewayId);
    if (found) return found;
    throw gateways.length === 0
      ? new ExportError(`no gateway "${options.gatewayId}": this design has no gateway`, "unknownGatewayNone", { gateway: options.gatewayId })
      : new ExportError(`no gateway "${options.gatewayId}" in this design; its gateways are: ${ids}`, "unknownGateway", { gateway: options.gatewayId, ids });
  }
  if (gateways.length === 1) return gateways[0]!;
  if (gateways.length === 0) throw new ExportError("this design has no gateway to export; add one with routes to services", "noGateway");
  throw new ExportError(`this design has ${gateways.length} gateways (${ids}); name the one to export`, "severalGateways", { count: gateways.length, ids });
}
