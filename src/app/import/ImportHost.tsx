import { Suspense } from "react";
import { useImportStore } from "./import-store";
import { LoadBoundary, reportLoadFailure, retryableLazy } from "../ui/LoadBoundary";
import { t } from "../i18n/i18n";

const ImportPreview = retryableLazy(() => import("./ImportPreview"));

/** Shows the import preview while an import waits for the person's decision. */
export function ImportHost() {
  const pending = useImportStore((s) => s.pending);
  if (!pending) return null;
  const Preview = ImportPreview.get();
  const close = () => useImportStore.getState().show(undefined);
  return (
    <LoadBoundary
      onError={(error) => {
        // A failed chunk must not leave a white page: close, say so, and offer to show the same import again.
        close();
        ImportPreview.reset();
        reportLoadFailure(t("notices.load.importPreview"), error, () => useImportStore.getState().show(pending));
      }}
    >
      <Suspense fallback={null}>
        <Preview pending={pending} onClose={close} />
      </Suspense>
    </LoadBoundary>
  );
}
