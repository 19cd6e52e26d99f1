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
import { startTheme } from "./theme/theme";

// The saved design is restored before the first paint, so nothing the person does can race it.
void startAutosave().finally(() => {
  startAnalysis();
  startShareLinks();
  startTheme();
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
