import type { Locator } from "@playwright/test";

/**
 * What may stay in Latin letters in the Chinese interface: proper names
 * (tools, formats), the templates' own names and ids, and keyboard keys.
 * The same list as e2e/i18n.spec.ts, plus the keys the guide names.
 */
const ALLOWED = /\b(User Management|Order Management|users|orders|Seams|mall-go|JSON|YAML|API|HTTP|gRPC|Go|nginx|HAProxy|Kong|KrakenD|Consul|etcd|Eureka|Nacos|Backstage|Kubernetes|Kafka|RabbitMQ|NATS|PostgreSQL|MySQL|MongoDB|Redis|OpenAPI|AsyncAPI|Compose|Saga|Mermaid|GitHub|GitLab|README|READMEs|Markdown|issue|pull request|Ctrl|Cmd|Shift|Esc|Enter|Tab|Delete|F2|English)\b|[a-z0-9]+(-[a-z0-9]+)+|[a-z]+-/g;

/** The English words left in a region's text once allowed names (and `more`, e.g. a design's own names) are taken out. */
export async function englishIn(region: Locator, more: RegExp[] = []): Promise<string[]> {
  let text = (await region.allInnerTexts()).join("\n");
  for (const re of more) text = text.replace(re, " ");
  return text.replace(ALLOWED, " ").match(/[A-Za-z]{2,}/g) ?? [];
}
