/** A file's size in MB to one decimal, for a notice: the catalog formats it for the reader's locale. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / 1e5) / 10;
}
