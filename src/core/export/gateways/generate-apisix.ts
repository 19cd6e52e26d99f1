/**
 * `apisix`: Apache APISIX standalone configuration (`apisix.yaml`, read when
 * `deployment.role_data_plane.config_provider` is `yaml`), ending with the
 * `#END` line APISIX requires; `apisix-admin`: the same objects as Admin API
 * calls (a POSIX sh script of curl PUTs), for a cluster with etcd.
 */
import { Document } from "yaml";
import type { Design } from "../../model/schema";
import { quoteShell } from "../escape/quote-shell";
import type { ExportOptions, ExportOutput } from "../types";
import { planApisix } from "./plan-apisix";
import { writeHeaderComment } from "./write-header-comment";

/**
 * The standalone apisix.yaml for one gateway of the design.
 * @example parse(generateApisix(mallGo).content).routes.length === 9
 */
export function generateApisix(design: Design, options: ExportOptions = {}): ExportOutput {
  const c = planApisix(design, options);
  const doc = new Document({ routes: c.routes, upstreams: c.upstreams, ...(c.globalRules.length > 0 ? { global_rules: c.globalRules } : {}), ...(c.consumers.length > 0 ? { consumers: c.consumers } : {}) });
  doc.commentBefore = writeHeaderComment(c.plan, "Apache APISIX standalone configuration (apisix.yaml)", ["Load: set deployment.role: data_plane and role_data_plane.config_provider: yaml in config.yaml, and put this file at conf/apisix.yaml (APISIX 3.x)."], c.caveats, " ");
  // APISIX reads the file only once it ends with this line.
  return { fileName: `${c.plan.gateway.id}.apisix.yaml`, mediaType: "application/yaml", content: `${doc.toString({ lineWidth: 0 })}#END\n`, caveats: c.caveats };
}

/**
 * The same configuration as Admin API calls: upstreams, consumers, then routes.
 * @example generateApisixAdmin(mallGo).content.includes("/apisix/admin/upstreams/order-service")
 */
export function generateApisixAdmin(design: Design, options: ExportOptions = {}): ExportOutput {
  const c = planApisix(design, options);
  const header = writeHeaderComment(c.plan, "Apache APISIX Admin API calls", ["Run: APISIX_ADMIN=http://127.0.0.1:9180 APISIX_ADMIN_KEY=... sh this-file (APISIX 3.x, etcd-backed)."], c.caveats);
  const put = (path: string, body: Record<string, unknown>) => {
    const { id: _id, ...rest } = body;
    return `put ${quoteShell(path)} ${quoteShell(JSON.stringify(rest))}`;
  };
  const lines = [
    "#!/bin/sh",
    header,
    "set -eu",
    ': "${APISIX_ADMIN:?set APISIX_ADMIN to the Admin API address, e.g. http://127.0.0.1:9180}"',
    ': "${APISIX_ADMIN_KEY:?set APISIX_ADMIN_KEY to the Admin API key}"',
    "put() {",
    '  curl -fsS -X PUT "$APISIX_ADMIN$1" -H "X-API-KEY: $APISIX_ADMIN_KEY" -H "Content-Type: application/json" --data-binary "$2"',
    '  echo',
    "}",
    ...c.upstreams.map((u) => put(`/apisix/admin/upstreams/${String(u.id)}`, u)),
    ...c.globalRules.map((g) => put(`/apisix/admin/global_rules/${String(g.id)}`, g)),
    ...c.consumers.map((x) => `put ${quoteShell("/apisix/admin/consumers")} ${quoteShell(JSON.stringify(x))}`),
    ...c.routes.map((r) => put(`/apisix/admin/routes/${String(r.id)}`, r)),
  ];
  return { fileName: `${c.plan.gateway.id}.apisix-admin.sh`, mediaType: "text/plain", content: lines.join("\n") + "\n", caveats: c.caveats };
}
