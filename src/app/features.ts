/**
 * Feature entry points that add toolbar buttons. Each keeps its heavy parts
 * behind a dynamic import, so the first paint only pays for the editor.
 */
import { toolbarExtras } from "./toolbar/toolbar-extras";
import { HistoryButton } from "./history/HistoryButton";
import { ExportButton } from "./export/ExportButton";
import { ShareButton } from "./share/ShareButton";
import { PictureButton } from "./picture/PictureButton";

toolbarExtras.push(HistoryButton, PictureButton, ExportButton, ShareButton);
