/**
 * Flows inferred from environment variables: a value that names another
 * element of the import (`PAYMENT_SERVICE_ADDR=paymentservice:50051`) is a
 * call from the service that holds it. Shared by Kubernetes and Compose.
 */
import type { Draft } from "./draft";
import { findHosts, hostCandidates } from "./find-hosts";

const GRPC_PORTS = new Set([50051, 9090]);

export interface Resolver {
  /** The element id a host name stands for, if it is part of the import. */
  resolve(host: string): string | undefined;
  /** True when the element's port (or the given one) is named or known as gRPC. */
  isGrpc(id: string, port: number | undefined): boolean;
}

export function inferEnvFlows(draft: Draft, fromId: string, env: [string, string | undefined][], resolver: Resolver): void {
  for (const [name, value] of env) {
    if (value === undefined) continue;
    for (const ref of findHosts(name, value)) {
      const to = hostCandidates(ref.host).map((h) => resolver.resolve(h)).find((id) => id !== undefined);
      if (to === undefined || to === fromId) continue;
      const grpc = ref.scheme === "grpc" || ref.scheme === "grpcs" || /GRPC/i.test(name) || resolver.isGrpc(to, ref.port) || (ref.port !== undefined && GRPC_PORTS.has(ref.port));
      const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
      draft.flow(fromId, to, `env ${name}=${shown}`, { protocol: grpc ? "grpc" : "http" });
    }
  }
}
