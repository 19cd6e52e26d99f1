import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@xyflow/react/dist/base.css";
import "./index.css";
import { App } from "./App";
import { startAutosave } from "./persistence/autosave";
import { startAnalysis } from "./analysis/analysis-runner";
import { startShareLinks } from "./share/open-share-link";
import "./features";
import { startI18n } from "./i18n/i18n";

startAutosave();
startAnalysis();
startShareLinks();
// The first paint is already in the reader's language (its catalog is a small chunk).
void startI18n().finally(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
