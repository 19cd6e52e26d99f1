import { describe, expect, it } from "vitest";
import { EXPORT_TARGETS } from "../../core/export/registry";
import { ExportError, type ExportTarget } from "../../core/export/types";
import { loadDesign } from "../../core/load/load-design";
import { emptyDesign } from "../../core/model/elements";
import type { Design } from "../../core/model/schema";
import { TEMPLATES } from "../../core/templates/index";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { DESIGN_JSON_ID } from "./design-json-target";
import { runExport } from "./run-export";

/** What `seams export <target> <file>` sees: the saved file, read back through the loader. */
function asTheCommandLineLoadsIt(design: Design): Design {
  const loaded = loadDesign(JSON.stringify(design, null, 2) + "\n");
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("; "));
  return loaded.design;
}

describe("runExport", () => {
  it("gives the bytes, file name and caveats the command line gives for every template and target", () => {
    for (const template of TEMPLATES) {
      const design = template.create();
      const cliDesign = asTheCommandLineLoadsIt(design);
      for (const target of EXPORT_TARGETS) {
        const app = runExport(design, target.id);
        let cli: ReturnType<ExportTarget["generate"]> | string;
        try {
          cli = target.generate(cliDesign, {});
        } catch (e) {
          cli = (e as Error).message;
        }
        if (typeof cli === "string") expect(app, `${template.id} ${target.id}`).toMatchObject({ ok: false, reason: "cannot-export", message: cli });
        else expect(app.ok && app.output, `${template.id} ${target.id}`).toEqual(cli);
      }
    }
  });

  it("passes the chosen gateway through, as --gateway does", () => {
    const design = mallGoTemplate();
    const second = { ...design.gateways![0]!, id: "admin-gateway", name: "Admin Gateway" };
    const two: Design = { ...design, gateways: [...design.gateways!, second] };
    const chosen = runExport(two, "nginx", "admin-gateway");
    expect(chosen.ok && chosen.output.fileName).toBe("admin-gateway.nginx.conf");
  });

  it("says why a design without a gateway has nothing for a gateway target, from the exporter's ExportError", () => {
    const result = runExport(emptyDesign(), "nginx");
    expect(result).toMatchObject({ ok: false, reason: "cannot-export" });
    expect(!result.ok && result.message).toMatch(/no gateway/);
  });

  it("writes Design JSON exactly as Save does", () => {
    const design = mallGoTemplate();
    const result = runExport(design, DESIGN_JSON_ID);
    expect(result.ok && result.output).toEqual({ fileName: "mall-go.seams.json", mediaType: "application/json", content: JSON.stringify(design, null, 2) + "\n", caveats: [] });
  });

  it("reports an exporter that crashes as a failure naming the target, not as the design's fault", () => {
    const broken: ExportTarget = { id: "broken", title: "Broken", scope: "registry", summary: "", generate: () => { throw new TypeError("x is undefined"); } };
    const result = runExport(emptyDesign(), "broken", undefined, () => broken);
    expect(result).toEqual({ ok: false, reason: "failed", message: "the Broken exporter failed: x is undefined" });
  });

  it("keeps ExportError apart from crashes even from a custom target", () => {
    const refusing: ExportTarget = { id: "r", title: "R", scope: "gateway", summary: "", generate: () => { throw new ExportError("needs a gateway"); } };
    expect(runExport(emptyDesign(), "r", undefined, () => refusing)).toEqual({ ok: false, reason: "cannot-export", message: "needs a gateway" });
  });

  it("names an unknown target instead of throwing", () => {
    expect(runExport(emptyDesign(), "no-such")).toEqual({ ok: false, reason: "failed", message: 'unknown export target "no-such"' });
  });
});
