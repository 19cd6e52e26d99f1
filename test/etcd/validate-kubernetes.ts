/**
 * The closest check to a Kubernetes API server available here, shared by the
 * registry tests (this folder holds their node-side helpers).
 */
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Service as KubeService } from "kubernetes-models/v1/Service";
import type { KubernetesObject } from "../../src/core/export/registries/generate-kubernetes";

// kubernetes-models checks types and required fields but not name or label formats,
// so these are apimachinery's own rules (validation.IsDNS1035Label, IsValidLabelValue, IsQualifiedName).
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

function checkNamesAndLabels(obj: KubernetesObject): void {
  const fail = (what: string) => {
    throw new Error(`${obj.kind} ${JSON.stringify(obj.metadata.name)}: ${what}`);
  };
  if (!DNS1035_LABEL.test(obj.metadata.name) || obj.metadata.name.length > 63) fail("name is not a DNS-1035 label");
  const labelSets = [obj.metadata.labels, ...(obj.kind === "Deployment" ? [(obj.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels] : [])];
  for (const labels of labelSets) {
    for (const [k, v] of Object.entries(labels)) {
      if (!QUALIFIED_NAME.test(k) || k.split("/").pop()!.length > 63) fail(`label key ${JSON.stringify(k)}`);
      if (!LABEL_VALUE.test(v) || v.length > 63) fail(`label value ${JSON.stringify(v)}`);
    }
  }
  for (const k of Object.keys(obj.metadata.annotations ?? {})) if (!QUALIFIED_NAME.test(k)) fail(`annotation key ${JSON.stringify(k)}`);
  if (obj.kind === "Deployment") {
    for (const c of (obj.spec as { template: { spec: { containers: { name: string }[] } } }).template.spec.containers) if (!DNS1035_LABEL.test(c.name)) fail("container name");
  }
}

/** kubernetes-models throws on an invalid object; with the name and label rules above, the closest check to the API server here. */
export function validateKubernetes(objects: readonly KubernetesObject[]): void {
  for (const obj of objects) {
    checkNamesAndLabels(obj);
    if (obj.kind === "Deployment") new Deployment(obj as never).validate();
    else if (obj.kind === "Service") new KubeService(obj as never).validate();
    else throw new Error(`unexpected kind ${obj.kind}`);
  }
}

