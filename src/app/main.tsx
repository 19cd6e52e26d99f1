import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/base.css";
import "./index.css";
import "./theme/dark.css";
import { App } from "./App";
import { startAutosave } from "./persistence/autosave";
import { startAnalysis } from "./analysis/analysis-runner";
import { startShareLinks } from "./share/open-share-link";
import "./features";
import { startTheme } from "./theme/theme";

startAutosave();
startAnalysis();
startShareLinks();
startTheme();
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
