const mod = typeof navigator !== "undefined" && navigator.platform.includes("Mac") ? "⌘" : "Ctrl";

const KEYS: [string, string][] = [
  ["Click", "select an element or a flow"],
  ["Shift + drag", "select several"],
  ["Delete", "remove the selection"],
  [`${mod} Z / ${mod} Shift Z`, "undo / redo"],
  [`${mod} C, V, D`, "copy, paste, duplicate"],
  ["Shift L", "tidy the layout"],
  ["Esc", "clear the selection"],
];

/** Nothing selected: what the inspector is for, and the keys worth knowing. */
export function EmptyInspector() {
  return (
    <div className="px-4 py-5" data-testid="inspector.empty">
      <h2 className="text-[13px] font-semibold text-slate-800" data-testid="inspector.title">
        Nothing selected
      </h2>
      <p className="mt-1 text-[12px] leading-relaxed text-slate-500">
        Select a service, database, broker, gateway or context to edit every field of it here, or a flow to set its kind, protocol, route and retries. Add elements from the palette; connect them by dragging from a node's right dot.
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-[12px]">
        {KEYS.map(([k, what]) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="whitespace-nowrap rounded border border-slate-200 bg-slate-50 px-1.5 py-0.5 font-sans text-[11px] text-slate-600">{k}</kbd>
            </dt>
            <dd className="text-slate-500">{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
