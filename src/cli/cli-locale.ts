/**
 * The command line's language: `--lang`, else the POSIX locale variables in
 * their order of precedence (LC_ALL, LC_MESSAGES, LANG), else English.
 */
import { isLocale, LOCALES, pickLocale, type Locale } from "../i18n/locales";

/** The `--lang` option, for a command's spec. */
export const LANG_OPTION = { type: "string", value: LOCALES.join("|"), choices: LOCALES, help: "the report's language (default: from LC_ALL, LC_MESSAGES or LANG, else en)" } as const;

export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (isLocale(flag)) return flag;
  return pickLocale([env.LC_ALL, env.LC_MESSAGES, env.LANG]);
}
