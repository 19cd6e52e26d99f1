/**
 * A loader error in the reader's language: its field path as is (paths are
 * the format's own words) and its code's message from the catalogs. Errors
 * without a code (from an older core) keep their English.
 */
import { formatLoadError, type LoadError } from "../core/load/load-error";
import type { Translate } from "./translate";

/** "auth.publicPaths" -> "authPublicPaths": ICU select keys are plain words. */
const selectKey = (path: string) => path.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The error's message alone, without its path. */
export function loadErrorMessage(t: Translate, e: LoadError): string {
  if (!e.code) return e.message;
  const values: Record<string, string | number> = { ...e.params };
  if (typeof values.list === "string") values.list = selectKey(values.list);
  return t(`loadError.${e.code}`, values);
}

/**
 * "flows[3].to: 此设计中没有元素 "x"", the one-line form, in the reader's language.
 * @example renderLoadError(translateFor("zh-CN"), loadDesign("{}").errors[0]) // "format：缺失：这不是 Seams 设计（…）"
 */
export function renderLoadError(t: Translate, e: LoadError): string {
  if (!e.code) return formatLoadError(e);
  const message = loadErrorMessage(t, e);
  return e.path ? t("loadError.path", { path: e.path, message }) : message;
}

