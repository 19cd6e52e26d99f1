import { describe, expect, it } from "vitest";
import { exportTargetById } from "../../core/export/registry";
import { loadDesign } from "../../core/load/load-design";
import type { Design } from "../../core/model/schema";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { DESIGN_JSON_ID } from "./design-json-target";
import { exportPrepared, prepareDesign } from "./prepare-design";

const saveText = (d: Design) => JSON.stringify(d, null, 2) + "\n";

/** `seams export <target> <the saved file>`, in-process. */
function commandLine(targetId: string, savedFile: string, gatewayId?: string): string {
  const loaded = loadDesign(savedFile);
  if (!loaded.ok) throw new Error("the command line would refuse this file");
  return exportTargetById(targetId)!.generate(loaded.design, gatewayId === undefined ? {} : { gatewayId }).content;
}

describe("exportPrepared", () => {
  it("exports what the command line reads from the saved file, even when the edited design holds undefined fields and another key order", () => {
    const base = mallGoTemplate();
    // What edits leave behind: a cleared optional field, keys appended in edit order.
    const edited: Design = { ...base, services: base.services!.map((s) => ({ port: s.port, ...s, description: undefined })), flows: base.flows!.map((f) => ({ ...f, label: undefined })) };
    const prepared = prepareDesign(JSON.stringify(edited));
    for (const id of ["nginx", "kong", "consul", "kubernetes", "backstage"]) {
      const result = exportPrepared(prepared, id);
      expect(result.ok && result.output.content, id).toBe(commandLine(id, saveText(edited)));
    }
  });

  it("writes Design JSON as Save does, from the saved data rather than the loader's copy", () => {
    const design = mallGoTemplate();
    const result = exportPrepared(prepareDesign(JSON.stringify(design)), DESIGN_JSON_ID);
    expect(result.ok && result.output.content).toBe(saveText(design));
  });

  it("passes the gateway choice on", () => {
    const design = mallGoTemplate();
    const result = exportPrepared(prepareDesign(JSON.stringify(design)), "haproxy", "api-gateway");
    expect(result.ok && result.output.content).toBe(commandLine("haproxy", saveText(design), "api-gateway"));
  });

  it("refuses, with the loader's reason, a design the command line would refuse, but still offers its Design JSON", () => {
    const design = mallGoTemplate();
    const broken: Design = { ...design, flows: [...design.flows!, { id: "ghost-call", from: "order-service", to: "ghost", kind: "sync" }] };
    const prepared = prepareDesign(JSON.stringify(broken));
    const result = exportPrepared(prepared, "consul");
    expect(result).toMatchObject({ ok: false, reason: "cannot-export" });
    expect(!result.ok && result.message).toMatch(/seams export would refuse it too: flows\[\d+\]\.to: no element "ghost"/);
    expect(exportPrepared(prepared, DESIGN_JSON_ID).ok).toBe(true);
  });
});
