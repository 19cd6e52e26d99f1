import { makeFinding } from "./finding-messages";
import { nameOf, type Facts, type Link } from "./gather-facts";
import type { Finding } from "./types";

interface BrokerTraffic {
  pubs: Link[];
  subs: Link[];
}

const distinct = (ids: string[]) => [...new Set(ids)];

/**
 * What a reviewer flags as not connected: services nothing reaches, brokers
 * and events with only one side, gateways with no routes, unused databases.
 * @example findLooseEnds(gatherFacts(design)).filter((f) => f.code === "orphan-service")
 */
export function findLooseEnds(facts: Facts, usedDatabases: { has(id: string): boolean }): Finding[] {
  const findings: Finding[] = [];
  const name = (id: string) => nameOf(facts, id);

  const reached = new Uint8Array(facts.services.length);
  for (const list of [facts.calls, facts.messages, facts.subscribes, facts.routes]) for (const l of list) reached[l.to] = 1;
  facts.services.forEach((s, i) => {
    if (!reached[i]) findings.push(makeFinding("orphan-service", "warning", { service: s.name }, { elements: [s.id] }));
  });

  const traffic = new Map<string, BrokerTraffic>((facts.design.brokers ?? []).map((b) => [b.id, { pubs: [], subs: [] }]));
  for (const p of facts.publishes) traffic.get(p.flow.to)?.pubs.push(p);
  for (const s of facts.subscribes) traffic.get(s.flow.from)?.subs.push(s);
  for (const [broker, { pubs, subs }] of traffic) {
    // The lists of producers and consumers only for a finding: a busy broker has thousands of each.
    if (pubs.length && !subs.length) {
      const producers = distinct(pubs.map((p) => p.flow.from));
      findings.push(makeFinding("broker-without-consumers", "warning", { broker: name(broker), producers: producers.map(name) }, { elements: [broker, ...producers], flows: pubs.map((p) => p.flow.id) }));
    }
    if (subs.length && !pubs.length) {
      const consumers = distinct(subs.map((s) => s.flow.to));
      findings.push(makeFinding("broker-without-producers", "warning", { broker: name(broker), consumers: consumers.map(name) }, { elements: [broker, ...consumers], flows: subs.map((s) => s.flow.id) }));
    }
    if (!pubs.length || !subs.length) continue;
    // A flow that names no event matches every event on its broker, so it silences these checks.
    const anyPub = pubs.some((p) => p.flow.event === undefined);
    const anySub = subs.some((s) => s.flow.event === undefined);
    const byEvent = (links: Link[]) => {
      const m = new Map<string, Link[]>();
      for (const l of links) if (l.flow.event !== undefined) (m.get(l.flow.event) ?? m.set(l.flow.event, []).get(l.flow.event)!).push(l);
      return m;
    };
    const published = byEvent(pubs);
    const subscribed = byEvent(subs);
    if (!anyPub)
      for (const [event, links] of subscribed) {
        if (published.has(event)) continue;
        const who = distinct(links.map((l) => l.flow.to));
        findings.push(makeFinding("event-without-producers", "warning", { event, broker: name(broker), consumers: who.map(name) }, { elements: [broker, ...who], flows: links.map((l) => l.flow.id), event }));
      }
    if (!anySub)
      for (const [event, links] of published) {
        if (subscribed.has(event)) continue;
        const who = distinct(links.map((l) => l.flow.from));
        findings.push(makeFinding("event-without-consumers", "info", { event, broker: name(broker), producers: who.map(name) }, { elements: [broker, ...who], flows: links.map((l) => l.flow.id), event }));
      }
  }

  const routing = new Set(facts.routes.map((r) => r.flow.from));
  for (const g of facts.design.gateways ?? [])
    if (!routing.has(g.id)) findings.push(makeFinding("gateway-without-routes", "warning", { gateway: g.name }, { elements: [g.id] }));
  for (const d of facts.design.databases ?? [])
    if (!usedDatabases.has(d.id)) findings.push(makeFinding("unused-database", "info", { database: d.name }, { elements: [d.id], database: d.id }));
  return findings;
}
