import type { Flow } from "../../core/model/schema";
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_RETRY } from "../../core/model/defaults";
import { describeRetry, retriesOn } from "../../core/model/describe-retry";
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

/** Retry and circuit breaker of a call; each object is added or removed by its switch. */
export function FlowResilience({ flow }: { flow: Flow }) {
  const { edit, seal } = useInspector();
  const retry = flow.retry;
  const cb = flow.circuitBreaker;
  const num = parseOptionalNumber;
  return (
    <>
      {/* The switch shows what the exports do: no `retry` means the format's default retries, Off writes maxRetries 0. */}
      <Section title="Retry" note={describeRetry(flow)} toggle={{ field: "retry", on: retriesOn(flow), set: (on) => (edit({ retry: on ? undefined : { maxRetries: 0 } }, "retry"), seal()) }}>
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="retry.maxRetries" label="Max retries" value={retry?.maxRetries} placeholder={String(DEFAULT_RETRY.maxRetries)} parse={num} numeric toPatch={(v) => retryPatch(retry, "maxRetries", v)} />
          <DraftField field="retry.delay" label="Delay" value={retry?.delay} placeholder={DEFAULT_RETRY.delay} toPatch={(v) => retryPatch(retry, "delay", v)} />
        </div>
        <ChipListField field="retry.on" label="Retry on status" itemLabel="Status" items={retry?.on} parseItem={parseNumber} placeholder="503" hint={`None listed: ${DEFAULT_RETRY.on.join(", ")}`} toPatch={(on) => retryPatch(retry, "on", on)} />
      </Section>
      <Section title="Circuit breaker" toggle={{ field: "circuitBreaker", on: cb !== undefined, set: (on) => (edit({ circuitBreaker: on ? { failureRatio: CB.failureRatio } : undefined }, "circuitBreaker"), seal()) }}>
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="circuitBreaker.failureRatio" label="Failure ratio" value={cb?.failureRatio} parse={num} numeric toPatch={(v) => ({ circuitBreaker: setInObject(cb, "failureRatio", v) ?? {} })} />
          <DraftField field="circuitBreaker.minRequests" label="Min requests" value={cb?.minRequests} placeholder={String(CB.minRequests)} parse={num} numeric toPatch={(v) => ({ circuitBreaker: setInObject(cb, "minRequests", v) ?? {} })} />
          <DraftField field="circuitBreaker.openFor" label="Open for" value={cb?.openFor} placeholder={CB.openFor} toPatch={(v) => ({ circuitBreaker: setInObject(cb, "openFor", v) ?? {} })} />
          <DraftField field="circuitBreaker.halfOpenRequests" label="Half-open requests" value={cb?.halfOpenRequests} placeholder={String(CB.halfOpenRequests)} parse={num} numeric toPatch={(v) => ({ circuitBreaker: setInObject(cb, "halfOpenRequests", v) ?? {} })} />
        </div>
      </Section>
    </>
  );
}
