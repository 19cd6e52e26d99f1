/** Words that say "this is a service" rather than what it is about. */
const GENERIC = new Set(["service", "services", "svc", "api", "app", "server", "ms", "micro", "microservice", "the"]);

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The first meaningful word of a service name, lower case and singular, used
 * to spot families like user-, user-profile-, user-address-service.
 * Splits on punctuation, spaces and camelCase; skips generic words. A hand
 * scan rather than regexes: it runs for thousands of services per analysis.
 * @example stemOf("UserProfileService") === "user"; stemOf("users-api") === "user"
 */
export function stemOf(name: string): string | undefined {
  let i = 0;
  while (i < name.length) {
    while (i < name.length && !isAlnum(name.charCodeAt(i))) i++;
    const start = i;
    let prev = -1;
    while (i < name.length) {
      const c = name.charCodeAt(i);
      if (!isAlnum(c) || (isUpper(c) && prev !== -1 && (isLower(prev) || isDigit(prev)))) break;
      prev = c;
      i++;
    }
    if (i === start) break;
    const word = name.slice(start, i).toLowerCase();
    if (GENERIC.has(word)) continue;
    return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  }
  return undefined;
}

/** Letters and digits; any non-ASCII character counts as a letter, so "用户服务" or "Über" stay whole words. */
function isAlnum(c: number): boolean {
  return isLower(c) || isUpper(c) || isDigit(c) || c > 127;
}
