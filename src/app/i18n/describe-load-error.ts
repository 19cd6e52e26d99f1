import type { LoadError } from "../../core/load/load-error";
import { renderLoadError } from "../../i18n/render-load-error";
import { t } from "./i18n";

/** A loader error for a notice, in the reader's language, naming its field: "format：缺失：…". */
export const describeLoadError = (e: LoadError): string => renderLoadError(t, e);
