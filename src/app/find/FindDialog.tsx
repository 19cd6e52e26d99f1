import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useEditor, selectDesign } from "../store/editor-store";
import { useAnalysis } from "../analysis/analysis-store";
import { focusFinding } from "../analysis/focus-finding";
import { addFlowBetween } from "../actions/element-actions";
import { useModal } from "../export/use-modal";
import { KIND_STYLE } from "../canvas/nodes/kind-style";
import { indexElements } from "../../core/model/elements";
import { Icon } from "../ui/icons";
import { findItems, type FindItem, type FindWords } from "./find-items";
import { listCommands, type Command } from "./commands";
import { rankMatches } from "./rank-matches";
import { useT } from "../i18n/i18n";
import { findingMessage, findingTitle } from "../../i18n/render-finding";

export type FindMode = { kind: "find" } | { kind: "connect"; from: string };

type Row = (FindItem & { command?: undefined }) | (Command & { group: "command"; command: Command });


/** Selects ids and brings them into view (the canvas frames them). */
function frame(ids: string[], select: string[] = ids): void {
  const state = useEditor.getState();
  state.select(select);
  state.setHighlight([]);
  window.dispatchEvent(new CustomEvent("seams:fit-nodes", { detail: ids }));
}

/**
 * Find (Ctrl/Cmd+K): one box over elements, flows, findings and commands;
 * choosing selects and frames. In connect mode it picks the target of a new
 * flow from the selected element, so connecting needs no mouse.
 */
export default function FindDialog({ mode, onClose }: { mode: FindMode; onClose: () => void }) {
  const design = useEditor(selectDesign);
  const findings = useAnalysis((s) => s.analysis?.findings);
  const { t, locale } = useT();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // What had the focus before the dialog took it: closing gives it back, and choosing then blurs it.
  const [opener] = useState(() => (typeof document === "undefined" ? null : document.activeElement));
  useModal(panel, onClose, () => input.current);

  const fromName = mode.kind === "connect" ? indexElements(design).get(mode.from)?.element.name ?? mode.from : undefined;
  const rows = useMemo((): Row[] => {
    const words: FindWords = { title: (code) => findingTitle(t, code), message: (f) => findingMessage(t, f, locale), kind: (k) => t(`canvasUi.kind.${k}`), protocol: (p) => t(`canvasUi.protocol.${p}`) };
    const items = findItems(design, mode.kind === "find" ? findings ?? [] : [], words);
    if (mode.kind === "connect") return items.filter((i): i is FindItem & { group: "element" } => i.group === "element" && i.kind !== "context" && i.id !== mode.from);
    return [...items, ...listCommands(t).map((c) => ({ ...c, group: "command" as const, command: c }))];
  }, [design, findings, mode, t, locale]);
  const shown = useMemo(() => rankMatches(query, rows, 60), [query, rows]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  const choose = (row: Row | undefined) => {
    if (!row) return;
    onClose();
    // Focus goes back to the page, so arrow keys and shortcuts act on what was chosen. A frame
    // later: only if nothing took it meanwhile (F2 pressed at once into the new element's name must
    // keep it, however slow the machine is to paint that frame).
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (now instanceof HTMLElement && (now === opener || now === input.current)) now.blur();
    });
    if (mode.kind === "connect") {
      if (row.group === "element") {
        addFlowBetween(mode.from, row.id);
        window.dispatchEvent(new CustomEvent("seams:fit-nodes", { detail: [mode.from, row.id] }));
      }
      return;
    }
    switch (row.group) {
      case "element":
        return frame([row.id]);
      case "flow":
        return frame(row.ends, [row.id]);
      case "finding":
        return focusFinding(row.finding);
      case "command":
        return row.command.run();
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const n = shown.length;
      if (n) setActive((current + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(shown[current]);
    }
  };

  const title = fromName !== undefined ? t("findDialog.connectTitle", { name: fromName }) : t("findDialog.title");
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/30 p-4 pt-[12vh]" data-modal-open onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} role="dialog" aria-modal="true" aria-label={title} className="flex max-h-[70vh] w-[min(620px,100%)] flex-col overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-slate-900/10" data-testid="find.dialog">
        <div className="flex items-center gap-2 border-b border-slate-200 px-4">
          <Icon name="search" size={16} className="shrink-0 text-slate-500" />
          <input
            ref={input}
            className="h-12 min-w-0 flex-1 bg-transparent text-[15px] text-slate-800 outline-none placeholder:text-slate-500"
            placeholder={mode.kind === "connect" ? t("findDialog.connectPlaceholder") : t("findDialog.placeholder")}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            role="combobox"
            aria-expanded="true"
            aria-controls="find-results"
            aria-activedescendant={shown[current] ? `find-row-${current}` : undefined}
            aria-label={title}
            data-testid="find.input"
          />
          <span className="shrink-0 text-[11px] font-medium text-slate-500">{fromName === undefined ? t("findDialog.escHint") : title}</span>
        </div>
        <ul id="find-results" role="listbox" aria-label={t("findDialog.results")} className="min-h-0 flex-1 overflow-y-auto p-1.5">
          {shown.length === 0 && <li className="px-3 py-6 text-center text-[13px] text-slate-500">{t("findDialog.nothing", { query })}</li>}
          {shown.map((row, i) => (
            <li
              key={row.key}
              id={`find-row-${i}`}
              role="option"
              aria-selected={i === current}
              className={`flex cursor-pointer items-center gap-2.5 rounded-lg px-3 py-2 ${i === current ? "bg-indigo-50 ring-1 ring-indigo-200" : "hover:bg-slate-100"}`}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => choose(row)}
              data-testid={`find.item.${row.key}`}
            >
              <RowIcon row={row} />
              <div className="min-w-0 flex-1">
                <div className="truncate text-[13px] font-medium text-slate-800">{row.label}</div>
                {row.group !== "element" && row.extra && <div className="truncate text-[11px] text-slate-600">{row.group === "finding" ? findingMessage(t, row.finding, locale) : row.group === "command" ? row.command.hint : row.hint}</div>}
              </div>
              <span className="shrink-0 text-[10px] font-semibold uppercase tracking-wide text-slate-600">{row.group === "element" ? t(`canvasUi.kind.${row.kind}`) : t(`findDialog.group.${row.group}`)}</span>
            </li>
          ))}
        </ul>
        <div className="border-t border-slate-200 px-4 py-1.5 text-[11px] text-slate-500">{t("findDialog.footer")}</div>
      </div>
    </div>
  );
}

function RowIcon({ row }: { row: Row }) {
  if (row.group === "element") return <span className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-md ${KIND_STYLE[row.kind].tint} ${KIND_STYLE[row.kind].accent}`}><Icon name={row.kind} size={14} /></span>;
  const name = row.group === "flow" ? "export" : row.group === "finding" ? row.finding.severity : "layout";
  return <span className="flex h-6 w-6 shrink-0 items-center justify-center rounded-md bg-slate-100 text-slate-600"><Icon name={name} size={14} /></span>;
}
