/**
 * Loaded only when auto-layout is first used: ELK runs in its own worker,
 * off the main thread, so a large layout never freezes the canvas.
 */
import ELK from "elkjs/lib/elk-api";
import workerUrl from "elkjs/lib/elk-worker.min.js?url";
import type { Box, Design } from "../../core/model/schema";
import { fromElkGraph, toElkGraph } from "./elk-graph";

let elk: InstanceType<typeof ELK> | undefined;

export async function layoutDesign(design: Design): Promise<Record<string, Box>> {
  elk ??= new ELK({ workerUrl });
  const result = await elk.layout(toElkGraph(design));
  return fromElkGraph(result, design);
}
