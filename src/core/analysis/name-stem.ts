/** Words that say "this is a service" rather than what it is about. */
const GENERIC = new Set(["service", "services", "svc", "api", "app", "server", "ms", "micro", "microservice", "the"]);

/**
 * The first meaningful word of a service name, lower case and singular, used
 * to spot families like user-, user-profile-, user-address-service.
 * Splits on punctuation, spaces and camelCase; skips generic words.
 * @example stemOf("UserProfileService") === "user"; stemOf("users-api") === "user"
 */
export function stemOf(name: string): string | undefined {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !GENERIC.has(w));
  const first = words[0];
  if (first === undefined) return undefined;
  return first.length > 3 && first.endsWith("s") && !first.endsWith("ss") ? first.slice(0, -1) : first;
}
