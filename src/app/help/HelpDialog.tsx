import { useEffect, useRef } from "react";
import { SPLIT_CRITERIA } from "../../core/model/schema";
import { SPLIT_CRITERION_TITLE } from "../../core/model/split-criteria";
import { MISSING_CRITERION_VALUE, SPLIT_WEIGHT_PERCENT, VERDICT_TEXT } from "../../core/analysis/score-split";
import { useModal } from "../export/use-modal";
import { KIND_STYLE } from "../canvas/nodes/kind-style";
import { Icon } from "../ui/icons";
import { findingHelp } from "./finding-examples";

const KINDS = [
  ["context", "A bounded context: one part of the business with its own language and data (ordering, payment). Services, databases and brokers inside it belong to it; a flow that crosses a context border is a dependency between teams."],
  ["service", "A deployable service with its team, technology, endpoints and instances. Its split criteria give it a split score."],
  ["database", "A database. Ideally one service owns it; the analysis flags databases that several services use."],
  ["broker", "A message broker (Kafka, RabbitMQ, NATS…). Services publish events to it and subscribe to them: asynchronous flows."],
  ["gateway", "An API gateway: the door for clients. A flow from it to a service is a route (path, methods, retries, timeout), exported as nginx, HAProxy, Kong, KrakenD or Go gateway config."],
] as const;

const VERDICTS = [
  ["8 or more", VERDICT_TEXT["strongly-split"]],
  ["6 to under 8", VERDICT_TEXT["split-weigh-cost"]],
  ["4 to under 6", VERDICT_TEXT.modularize],
  ["under 4", VERDICT_TEXT["keep-monolith"]],
] as const;

const KEYS = [
  ["Ctrl/Cmd+K", "find an element, flow, finding or command; Enter selects it and frames it"],
  ["Tab, then Enter on a palette item", "add an element (it is selected)"],
  ["C", "connect: from the selected element, pick the target by name"],
  ["Arrow keys (Shift: further)", "move the selection"],
  ["F2 (or Enter on the canvas)", "edit the selection in the inspector; Enter in a field returns to the drawing"],
  ["Delete", "remove the selection"],
  ["?", "this guide"],
] as const;

function H({ id, children }: { id: string; children: string }) {
  return (
    <h3 id={`help-${id}`} className="mb-1.5 mt-5 scroll-mt-2 text-[14px] font-semibold text-slate-800 first:mt-0">
      {children}
    </h3>
  );
}

/** The in-app guide: element kinds, how split scores are computed, and what each finding means and how to fix it. */
export default function HelpDialog({ section, onClose }: { section?: string; onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useModal(panel, onClose);
  useEffect(() => {
    const target = section ? body.current?.querySelector<HTMLElement>(`#help-${CSS.escape(section)}`) : undefined;
    if (target) {
      target.scrollIntoView({ block: "start" });
      target.closest<HTMLElement>("[data-help-item]")?.setAttribute("data-current", "true");
    }
  }, [section]);
  const total = SPLIT_CRITERIA.reduce((n, c) => n + SPLIT_WEIGHT_PERCENT[c], 0);
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6" data-modal-open onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} role="dialog" aria-modal="true" aria-labelledby="help-title" tabIndex={-1} className="flex max-h-full w-[min(760px,100%)] flex-col overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-slate-900/10 outline-none" data-testid="help.dialog">
        <header className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 px-5">
          <Icon name="help" size={16} className="text-indigo-600" />
          <h2 id="help-title" className="text-[14px] font-semibold text-slate-800">
            How Seams works
          </h2>
          <button className="ml-auto rounded-md p-1.5 text-slate-500 hover:bg-slate-100 hover:text-slate-700" onClick={onClose} aria-label="Close" title="Close (Esc)" data-testid="help.close">
            <Icon name="close" size={16} />
          </button>
        </header>
        <div ref={body} className="min-h-0 flex-1 overflow-y-auto px-5 py-4 text-[13px] leading-relaxed text-slate-700">
          <p className="text-slate-600">
            Draw the services of a system and the flows between them; Seams judges the split as you draw. The split-score weights and the pitfalls the findings look for (over-splitting, shared databases, circular dependencies) come from the <em>mall-go</em> Go microservices guide.
          </p>

          <H id="elements">Elements</H>
          <dl className="space-y-1.5">
            {KINDS.map(([kind, text]) => (
              <div key={kind} className="flex gap-2.5">
                <dt className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-md ${KIND_STYLE[kind].tint} ${KIND_STYLE[kind].accent}`} title={KIND_STYLE[kind].label}>
                  <Icon name={kind} size={14} />
                </dt>
                <dd>
                  <span className="font-semibold text-slate-800">{KIND_STYLE[kind].label}.</span> {text}
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-2">
            <span className="font-semibold text-slate-800">Flows</span> are drawn from a node's right dot to another node. A solid line is a synchronous call (HTTP, gRPC): the caller waits. A dashed, moving line is asynchronous (an event or message through a broker): nobody waits.
          </p>

          <H id="split-score">Split score</H>
          <p>Each service rates six criteria from 1 to 10 in the inspector. The score is their weighted sum, from 0 to 10:</p>
          <table className="my-2 w-full max-w-md text-[12px]" data-testid="help.weights">
            <thead>
              <tr className="text-left text-slate-500">
                <th className="py-0.5 font-medium">criterion</th>
                <th className="py-0.5 text-right font-medium">weight</th>
              </tr>
            </thead>
            <tbody>
              {SPLIT_CRITERIA.map((c) => (
                <tr key={c} className="border-t border-slate-100">
                  <td className="py-0.5">{SPLIT_CRITERION_TITLE[c]}</td>
                  <td className="py-0.5 text-right tabular-nums">× {(SPLIT_WEIGHT_PERCENT[c] / 100).toFixed(2)}</td>
                </tr>
              ))}
              <tr className="border-t border-slate-300 font-semibold">
                <td className="py-0.5">total</td>
                <td className="py-0.5 text-right tabular-nums">{(total / 100).toFixed(2)}</td>
              </tr>
            </tbody>
          </table>
          <p>
            A criterion left unset counts as {MISSING_CRITERION_VALUE}, the middle, and is marked with * on the score card. What the score advises:
          </p>
          <ul className="my-1 list-disc pl-5">
            {VERDICTS.map(([range, text]) => (
              <li key={range}>
                <span className="font-medium text-slate-800">{range}</span>: {text}
              </li>
            ))}
          </ul>
          <p>The score card shows each criterion's value × weight, so the arithmetic can be checked by hand; the canvas badge shows the same figure.</p>

          <H id="findings">Findings</H>
          <p className="mb-2">The analysis runs on every change. Each finding names the elements it is about (click it to see them on the canvas) and says how to fix it. Examples, in the words the panel uses:</p>
          <div className="space-y-2">
            {findingHelp().map((f) => (
              <section key={f.code} data-help-item className="rounded-lg border border-slate-200 p-3 data-[current=true]:border-indigo-400 data-[current=true]:ring-2 data-[current=true]:ring-indigo-200" data-testid={`help.finding.${f.code}`}>
                <h4 id={`help-finding-${f.code}`} className="scroll-mt-2 text-[13px] font-semibold text-slate-800">
                  {f.title}
                </h4>
                <p className="mt-0.5 text-[12px] text-slate-600">{f.example}</p>
              </section>
            ))}
          </div>

          <H id="keyboard">Drawing with the keyboard</H>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {KEYS.map(([keys, what]) => (
              <div key={keys} className="contents">
                <dt className="font-medium text-slate-800">{keys}</dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
    </div>
  );
}
