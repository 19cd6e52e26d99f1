/**
 * Lingui's runtime, a chunk of its own: it loads beside the first catalog
 * before the first paint, so the initial bundle stays inside its budget.
 */
import { setupI18n } from "@lingui/core";

export const i18n = setupI18n();
