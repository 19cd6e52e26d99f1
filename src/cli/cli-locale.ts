/**
 * The command line's language: `--lang`, else the POSIX locale variables in
 * their order of precedence (LC_ALL, LC_MESSAGES, LANG), else English.
 * A process runs one command in one language, so the language is set once
 * when the command line is read (`setCliLocale`) and every message of the
 * run, the usage errors and `seams: ...` lines of io.ts included, takes it
 * from `cliT()`.
 */
import { isLocale, LOCALES, pickLocale, type Locale } from "../i18n/locales";
import { translateFor } from "../i18n/catalog-source";
import type { Translate } from "../i18n/translate";

/** The `--lang` option every command takes (command-line.ts adds it to each spec). */
export const LANG_OPTION = { type: "string", value: LOCALES.join("|"), choices: LOCALES } as const;

export function cliLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (isLocale(flag)) return flag;
  return pickLocale([env.LC_ALL, env.LC_MESSAGES, env.LANG]);
}

/**
 * The language a raw argument list asks for (`--lang zh-CN` or `--lang=zh-CN`),
 * read before parsing so a usage error about another option is already in it.
 */
export function localeOfArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  let flag: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    if (a === "--lang") flag = args[i + 1];
    else if (a.startsWith("--lang=")) flag = a.slice("--lang=".length);
  }
  return cliLocale(flag, env);
}

let current: Locale = cliLocale(undefined);

/** Sets the language of this run. */
export function setCliLocale(locale: Locale): void {
  current = locale;
}

export function currentCliLocale(): Locale {
  return current;
}

/** `t` in this run's language. */
export function cliT(): Translate {
  return translateFor(current);
}
