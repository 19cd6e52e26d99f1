import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/base.css";
import "./index.css";
import "./theme/dark.css";
import { App } from "./App";
import { startAutosave } from "./persistence/autosave";
import { startAnalysis } from "./analysis/analysis-runner";
import { startShareLinks } from "./share/start-share-links";
import "./features";
import { startI18n } from "./i18n/i18n";
import { startTheme } from "./theme/theme";

// The reader's language is loaded (runtime and catalog are small chunks), then
// the saved design restored, before the first paint: nothing the person does
// can race the restore, no English flashes before Chinese, and what the
// restore has to say (a document it could not read) is already in that language.
async function start(): Promise<void> {
  await startI18n().catch(() => undefined);
  await startAutosave().catch(() => undefined);
  startAnalysis();
  startShareLinks();
  startTheme();
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
