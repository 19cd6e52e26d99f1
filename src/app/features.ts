/**
 * Feature entry points that add toolbar buttons. Each keeps its heavy parts
 * behind a dynamic import, so the first paint only pays for the editor.
 */
import { toolbarExtras } from "./toolbar/toolbar-extras";
import { HistoryButton } from "./history/HistoryButton";
import { ExportButton } from "./export/ExportButton";
import { ShareButton } from "./share/ShareButton";
import { PictureButton } from "./picture/PictureButton";
import { FindButton } from "./find/FindButton";
import { HelpButton } from "./help/HelpButton";
import { ThemeButton } from "./theme/ThemeButton";

toolbarExtras.push(HistoryButton, PictureButton, ExportButton, ShareButton);
// Find opens from the left of the extras; help and the theme toggle sit at the end.
toolbarExtras.unshift(FindButton);
toolbarExtras.push(HelpButton, ThemeButton);
