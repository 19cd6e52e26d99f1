import { ReactFlowProvider } from "@xyflow/react";
import { Canvas } from "./canvas/Canvas";
import { Palette } from "./palette/Palette";
import { Toolbar } from "./toolbar/Toolbar";
import { Notices } from "./notices/Notices";
import { Sidebar } from "./Sidebar";
import { useShortcuts } from "./keyboard/use-shortcuts";
import { ErrorBoundary } from "./ErrorBoundary";
import { ImportHost } from "./import/ImportHost";
import { FixesLayer } from "./fixes/FixesLayer";

export function App() {
  useShortcuts();
  return (
    <ReactFlowProvider>
      <div className="flex h-screen w-screen flex-col bg-slate-100 text-slate-800">
        <Toolbar />
        <div className="flex min-h-0 flex-1">
          <Palette />
          <main className="relative min-w-0 flex-1">
            <ErrorBoundary where="canvas">
              <Canvas />
            </ErrorBoundary>
            <FixesLayer />
          </main>
          <ErrorBoundary where="sidebar">
            <Sidebar />
          </ErrorBoundary>
        </div>
        <ImportHost />
        <Notices />
      </div>
    </ReactFlowProvider>
  );
}
