import type { Flow } from "../../core/model/schema";
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_RETRY, effectiveRetry } from "../../core/model/defaults";
import { retriesOn } from "../../core/model/describe-retry";
import { useT } from "../i18n/i18n";
import { EXAMPLE } from "./examples";
import type { Translate } from "../../i18n/translate";
import { useInspector } from "./inspector-context";
import { DraftField } from "./DraftField";
import { ChipListField } from "./ChipListField";
import { parseNumber, parseOptionalNumber, setInObject } from "./field-text";
import { Section } from "./Section";

const CB = DEFAULT_CIRCUIT_BREAKER;
type Retry = NonNullable<Flow["retry"]>;

/** One retry field set or cleared: a cleared max falls back to the default, and a retry with nothing set is the default itself. */
function retryPatch(retry: Retry | undefined, key: keyof Retry, value: unknown): { retry: Retry | undefined } {
  const next = setInObject(retry, key, value);
  return { retry: next && { ...next, maxRetries: next.maxRetries ?? DEFAULT_RETRY.maxRetries } };
}

/** The effective retry policy in words (the core's `describeRetry`, in the reader's language). */
function retryNote(flow: Flow, t: Translate): string {
  const r = effectiveRetry(flow);
  const state = r.maxRetries === 0 ? "off" : flow.retry === undefined ? "default" : "set";
  return t("inspector.flow.retryNote", { state, count: r.maxRetries, on: r.on.join("/"), delay: r.delay });
}

/** Retry and circuit breaker of a call; each object is added or removed by its switch. */
export function FlowResilience({ flow }: { flow: Flow }) {
  const { edit, seal } = useInspector();
  const { t } = useT();
  const retry = flow.retry;
  const cb = flow.circuitBreaker;
  const num = parseOptionalNumber;
  return (
    <>
      {/* The switch shows what the exports do: no `retry` means the format's default retries, Off writes maxRetries 0. */}
      <Section title={t("inspector.flow.retry")} note={retryNote(flow, t)} toggle={{ field: "retry", on: retriesOn(flow), set: (on) => (edit({ retry: on ? undefined : { maxRetries: 0 } }, "retry"), seal()) }}>
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="retry.maxRetries" label={t("inspector.flow.maxRetries")} value={retry?.maxRetries} placeholder={String(DEFAULT_RETRY.maxRetries)} parse={num} numeric toPatch={(v) => retryPatch(retry, "maxRetries", v)} />
          <DraftField field="retry.delay" label={t("inspector.flow.delay")} value={retry?.delay} placeholder={DEFAULT_RETRY.delay} toPatch={(v) => retryPatch(retry, "delay", v)} />
        </div>
        <ChipListField field="retry.on" label={t("inspector.flow.retryOn")} itemLabel={t("inspector.flow.status")} items={retry?.on} parseItem={parseNumber} placeholder={EXAMPLE.status} hint={t("inspector.flow.retryOnHint", { statuses: DEFAULT_RETRY.on.join(", ") })} toPatch={(on) => retryPatch(retry, "on", on)} />
      </Section>
      <Section title={t("inspector.flow.circuitBreaker")} toggle={{ field: "circuitBreaker", on: cb !== undefined, set: (on) => (edit({ circuitBreaker: on ? { failureRatio: CB.failureRatio } : undefined }, "circuitBreaker"), seal()) }}>
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="circuitBreaker.failureRatio" label={t("inspector.flow.failureRatio")} value={cb?.failureRatio} parse={num} numeric toPatch={(v) => ({ circuitBreaker: setInObject(cb, "failureRatio", v) ?? {} })} />
          <DraftField field="circuitBreaker.minRequests" label={t("inspector.flow.minRequests")} value={cb?.minRequests} placeholder={String(CB.minRequests)} parse={num} numeric toPatch={(v) => ({ circuitBreaker: setInObject(cb, "minRequests", v) ?? {} })} />
          <DraftField field="circuitBreaker.openFor" label={t("inspector.flow.openFor")} value={cb?.openFor} placeholder={CB.openFor} toPatch={(v) => ({ circuitBreaker: setInObject(cb, "openFor", v) ?? {} })} />
          <DraftField field="circuitBreaker.halfOpenRequests" label={t("inspector.flow.halfOpenRequests")} value={cb?.halfOpenRequests} placeholder={String(CB.halfOpenRequests)} parse={num} numeric toPatch={(v) => ({ circuitBreaker: setInObject(cb, "halfOpenRequests", v) ?? {} })} />
        </div>
      </Section>
    </>
  );
}
