import { lazy, Suspense } from "react";
import { useImportStore } from "./import-store";

const ImportPreview = lazy(() => import("./ImportPreview"));

/** Shows the import preview while an import waits for the person's decision. */
export function ImportHost() {
  const pending = useImportStore((s) => s.pending);
  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <ImportPreview pending={pending} onClose={() => useImportStore.getState().show(undefined)} />
    </Suspense>
  );
}
