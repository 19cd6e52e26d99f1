import { memo, useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from "react";
import { useReactFlow, useStoreApi } from "@xyflow/react";
import type { ElementNode } from "./to-flow";
import { absoluteRects, nodeBounds } from "./node-bounds";
import { useT } from "../i18n/i18n";

const WIDTH = 200;
const HEIGHT = 140;
const COLOR: Record<string, string> = { context: "#e2e8f0", service: "#7dd3fc", database: "#6ee7b7", broker: "#c4b5fd", gateway: "#fcd34d" };

interface Bounds {
  x: number;
  y: number;
  scale: number;
}

/**
 * An overview of the whole design. The nodes are drawn once into a canvas
 * (again only when they change) and the view is a rectangle moved over it, so
 * panning costs one style change instead of redrawing hundreds of shapes
 * (React Flow's SVG minimap was the largest cost of a pan here).
 */
function CanvasMiniMapView({ nodes }: { nodes: ElementNode[] }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const store = useStoreApi();
  const flow = useReactFlow();
  const { t } = useT();

  const bounds = useMemo<Bounds>(() => {
    const b = nodeBounds(nodes);
    if (!b) return { x: 0, y: 0, scale: 1 };
    const pad = 40;
    const scale = Math.min(WIDTH / (b.width + 2 * pad), HEIGHT / (b.height + 2 * pad));
    return { x: b.x - pad, y: b.y - pad, scale };
  }, [nodes]);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext("2d");
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    const rects = absoluteRects(nodes);
    for (const n of nodes) {
      const r = rects.get(n.id)!;
      ctx.fillStyle = n.selected ? "#6366f1" : COLOR[n.type ?? "service"] ?? "#94a3b8";
      ctx.fillRect((r.x - bounds.x) * bounds.scale, (r.y - bounds.y) * bounds.scale, Math.max(1, r.width * bounds.scale), Math.max(1, r.height * bounds.scale));
    }
  }, [nodes, bounds]);

  // The view rectangle follows the viewport without a React render. It is its
  // own compositing layer and a pan only moves it (its size changes with the
  // zoom alone), so a pan frame neither lays out nor repaints the minimap.
  useEffect(() => {
    let size = "";
    const place = () => {
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const el = viewRef.current;
      if (!el) return;
      const x = (-tx / zoom - bounds.x) * bounds.scale;
      const y = (-ty / zoom - bounds.y) * bounds.scale;
      el.style.transform = `translate(${x}px, ${y}px)`;
      const next = `${(width / zoom) * bounds.scale}px ${(height / zoom) * bounds.scale}px`;
      if (next === size) return;
      size = next;
      el.style.width = `${(width / zoom) * bounds.scale}px`;
      el.style.height = `${(height / zoom) * bounds.scale}px`;
    };
    place();
    return store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) place();
    });
  }, [store, bounds]);

  const panTo = (e: ReactPointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - r.left) / bounds.scale + bounds.x;
    const y = (e.clientY - r.top) / bounds.scale + bounds.y;
    void flow.setCenter(x, y, { zoom: store.getState().transform[2] });
  };

  const dpr = typeof window !== "undefined" ? window.devicePixelRatio || 1 : 1;
  return (
    <div
      className="absolute bottom-3 right-3 z-10 overflow-hidden rounded-lg border border-slate-200 bg-white/90 shadow-sm"
      style={{ width: WIDTH, height: HEIGHT }}
      aria-label={t("canvasUi.minimap")}
      role="img"
      data-testid="minimap"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        panTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons & 1) panTo(e);
      }}
    >
      <canvas ref={canvasRef} width={WIDTH * dpr} height={HEIGHT * dpr} style={{ width: WIDTH, height: HEIGHT }} />
      <div ref={viewRef} className="pointer-events-none absolute left-0 top-0 rounded-sm border-2 border-indigo-400/70 bg-indigo-400/10" style={{ willChange: "transform" }} />
    </div>
  );
}

export const CanvasMiniMap = memo(CanvasMiniMapView);
