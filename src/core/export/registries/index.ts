/**
 * The registry targets: one file for the whole design, registering every
 * service instance (or, for Kubernetes and Backstage, every service) with the
 * same ids, addresses and metadata, in the order the export dialog lists them.
 */
import type { ExportTarget } from "../types";
import { generateBackstage } from "./generate-backstage";
import { generateConsul } from "./generate-consul";
import { generateEtcd } from "./generate-etcd";
import { generateEureka } from "./generate-eureka";
import { generateKubernetes } from "./generate-kubernetes";
import { generateNacos } from "./generate-nacos";

export const REGISTRY_TARGETS: readonly ExportTarget[] = [
  {
    id: "consul",
    title: "Consul",
    scope: "registry",
    summary: "Agent service definitions (JSON, one per instance) with HTTP health checks, for consul agent -config-file.",
    generate: generateConsul,
  },
  {
    id: "etcd",
    title: "etcd",
    scope: "registry",
    summary: "A POSIX sh script of etcdctl put commands in the grpc-go naming convention, optionally under a lease.",
    generate: generateEtcd,
  },
  {
    id: "kubernetes",
    title: "Kubernetes",
    scope: "registry",
    summary: "A Deployment and a Service per service (YAML for kubectl apply), replicas and readiness probes from the design.",
    generate: generateKubernetes,
  },
  {
    id: "nacos",
    title: "Nacos",
    scope: "registry",
    summary: "Instance registrations for POST /nacos/v1/ns/instance (JSON list of form parameters).",
    generate: generateNacos,
  },
  {
    id: "eureka",
    title: "Eureka",
    scope: "registry",
    summary: "Instance registration bodies for POST /eureka/apps/<APP> (JSON).",
    generate: generateEureka,
  },
  {
    id: "backstage",
    title: "Backstage catalog",
    scope: "registry",
    summary: "catalog-info.yaml: a Domain per context, a System, a Component per service with dependsOn, a Resource per database and broker.",
    generate: generateBackstage,
  },
];
