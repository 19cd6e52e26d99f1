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

// The saved design is restored, and the reader's language loaded (runtime and
// catalog are small chunks), before the first paint: nothing the person does
// can race the restore, and no English flashes before Chinese.
void Promise.allSettled([startAutosave(), startI18n()]).then(() => {
  startAnalysis();
  startShareLinks();
  startTheme();
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
