/**
 * An AsyncAPI 2 or 3 description to a broker (from its servers), the events
 * (message names) and the async flows of the service it describes: what the
 * service sends goes to the broker, what it receives comes from it.
 */
import type { Draft } from "./draft";
import { findOwner } from "./find-owner";
import { arr, obj, str, type Obj } from "./plain";

const ENGINES: Record<string, string> = { kafka: "kafka", "kafka-secure": "kafka", amqp: "rabbitmq", amqps: "rabbitmq", mqtt: "mqtt", "secure-mqtt": "mqtt", nats: "nats", pulsar: "pulsar", jms: "activemq", sqs: "sqs", sns: "sns", googlepubsub: "pubsub", redis: "redis", stomp: "activemq" };

export function importAsyncApi(doc: unknown, file: string, draft: Draft): void {
  const root = obj(doc) ?? {};
  const version = str(root.asyncapi) ?? "";
  const from = `AsyncAPI ${version} (${file})`;
  const owner = findOwner(root, file, draft, from);
  const ownerName = draft.get(owner)?.name ?? owner;
  const broker = findBroker(root, file, draft, from);

  const flows: { dir: "send" | "receive"; event: string; channel: string }[] = [];
  const channels = obj(root.channels) ?? {};
  if (version.startsWith("2")) {
    for (const [name, item] of Object.entries(channels)) {
      const c = obj(item) ?? {};
      // AsyncAPI 2: "subscribe" is what the application sends, "publish" what it receives.
      for (const [op, dir] of [["subscribe", "send"], ["publish", "receive"]] as const) {
        const o = obj(c[op]);
        if (o) for (const event of messageNames(o.message, name)) flows.push({ dir, event, channel: name });
      }
    }
  } else {
    for (const [key, op] of Object.entries(obj(root.operations) ?? {})) {
      const o = obj(op) ?? {};
      const action = str(o.action);
      if (action !== "send" && action !== "receive") continue;
      const channelKey = refName(str(obj(o.channel)?.$ref)) ?? key;
      const channel = obj(channels[channelKey]) ?? {};
      const address = str(channel.address) ?? channelKey;
      const messages = arr(o.messages).length ? arr(o.messages) : Object.values(obj(channel.messages) ?? {});
      const names = messages.flatMap((m) => messageNames(m, address));
      for (const event of names.length ? names : [address]) flows.push({ dir: action, event, channel: address });
    }
  }
  for (const f of flows) {
    const event = f.event.slice(0, 100);
    const why = `${file}: ${f.dir === "send" ? "sends" : "receives"} ${event} on channel ${f.channel}`;
    if (f.dir === "send") draft.flow(owner, broker, why, { kind: "async", protocol: "event", event });
    else draft.flow(broker, owner, why, { kind: "async", protocol: "event", event });
  }
  if (flows.length === 0) draft.skipped(`${file}: no channel operations for ${ownerName}`);
}

function findBroker(root: Obj, file: string, draft: Draft, from: string): string {
  const servers = Object.entries(obj(root.servers) ?? {});
  const first = servers[0];
  const server = obj(first?.[1]) ?? {};
  const protocol = (str(server.protocol) ?? "").toLowerCase();
  const host = (str(server.host) ?? str(server.url) ?? "").replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split(/[:/]/)[0]!.split(".")[0]!;
  for (const name of [host, ENGINES[protocol], protocol].filter((n): n is string => !!n)) {
    const id = draft.lookup(name);
    if (id && draft.kindOf(id) === "broker") return id;
  }
  const existing = draft.all("broker");
  if (existing.length === 1) return existing[0]!.id;
  const engine = ENGINES[protocol];
  const name = host && !/^(?:localhost|\d+)$/.test(host) ? host : (engine ?? "events");
  draft.inferred(`broker ${name}: ${first ? `server ${first[0]} (${protocol || "no protocol"})` : "no servers stated"} in ${file}`);
  return draft.element("broker", name, from, engine ? { engine } : {});
}

function refName(ref: string | undefined): string | undefined {
  return ref?.split("/").pop()?.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Message names of an operation: `name`, `messageId`, `title`, or the `$ref`'s last segment; `oneOf` lists each. */
function messageNames(message: unknown, fallback: string): string[] {
  const m = obj(message);
  if (!m) return [];
  if (Array.isArray(m.oneOf)) return m.oneOf.flatMap((x) => messageNames(x, fallback));
  const name = str(m.name) ?? str(m.messageId) ?? str(m.title) ?? refName(str(m.$ref));
  return [name ?? fallback];
}
