import { useRef, useState } from "react";
import { useT } from "../i18n/i18n";
import { useReactFlow } from "@xyflow/react";
import { countElements } from "../../core/model/elements";
import { useEditor } from "../store/editor-store";
import { Icon } from "../ui/icons";
import { useDismiss } from "../ui/use-dismiss";
import type { PictureFormat } from "./export-picture";
import { reportLoadFailure } from "../ui/LoadBoundary";

const FORMATS: { format: PictureFormat }[] = [
  { format: "png" },
  { format: "svg" },
];

const drawnNodes = () => document.querySelectorAll(".react-flow__viewport .react-flow__node").length;

/** Waits (up to 30 s) until the canvas has drawn every node. */
async function untilAllDrawn(count: number): Promise<void> {
  const start = performance.now();
  while (drawnNodes() < count && performance.now() - start < 30_000) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The toolbar's Picture button: the whole design as a PNG or SVG file. */
export function PictureButton() {
  const flow = useReactFlow();
  const [open, setOpen] = useState(false);
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const empty = useEditor((s) => countElements(s.history.present) === 0);

  useDismiss(open, box, () => setOpen(false));

  const run = async (format: PictureFormat) => {
    setOpen(false);
    setBusy(true);
    const nodes = flow.getNodes();
    // About 7 s a thousand elements in Chromium on this machine's kind: say so rather than look stuck.
    if (nodes.length > 1000) useEditor.getState().notify({ tone: "info", title: t("notices.picture.slow", { count: nodes.length }) });
    const before = flow.getViewport();
    // Very large designs are drawn only where the screen shows them: show all of it while the picture is taken.
    const partial = drawnNodes() < nodes.length;
    try {
      if (partial) {
        await flow.fitView({ padding: 0.02, minZoom: 0.0001 });
        await untilAllDrawn(nodes.length);
      }
      const { exportPicture } = await import("./export-picture");
      await exportPicture(format, flow.getNodesBounds(nodes), useEditor.getState().history.present.name);
    } catch (e) {
      reportLoadFailure(t("picture.failed"), e, () => void run(format));
    } finally {
      if (partial) void flow.setViewport(before);
      setBusy(false);
    }
  };

  return (
    <div className="relative" ref={box}>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100 disabled:opacity-40 disabled:hover:bg-transparent" disabled={empty || busy} onClick={() => setOpen((o) => !o)} aria-haspopup="menu" aria-expanded={open} data-testid="toolbar.picture" title={t("picture.buttonTitle")}>
        <Icon name="image" />
        <span className="hidden xl:inline">{busy ? t("picture.drawing") : t("picture.button")}</span>
      </button>
      {open && (
        <div className="absolute right-0 top-10 z-40 w-64 rounded-xl border border-slate-200 bg-white p-1 shadow-xl" role="menu" data-testid="picture.menu">
          {FORMATS.map((f) => (
            <button key={f.format} role="menuitem" className="block w-full rounded-lg px-3 py-2 text-left hover:bg-slate-100" onClick={() => void run(f.format)} data-testid={`picture.${f.format}`}>
              <div className="text-[13px] font-medium text-slate-800">{t(`picture.${f.format}.title`)}</div>
              <div className="text-[11px] text-slate-500">{t(`picture.${f.format}.summary`)}</div>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
