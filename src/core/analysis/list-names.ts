/**
 * "a", "a and b", "a, b and c"; long lists end in "and N more".
 * @example listNames(["a", "b", "c"]) === "a, b and c"
 */
export function listNames(names: readonly string[], max = 6): string {
  if (names.length > max) return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
