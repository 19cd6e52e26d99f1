import { readDesign } from "../io";

export async function run(args: string[]): Promise<number> {
  const design = readDesign(args[0]);
  if (!design) return 2;
  process.stdout.write(`${args[0]}: a valid design "${design.name}" (${design.services?.length ?? 0} services, ${design.flows?.length ?? 0} flows)\n`);
  return 0;
}
