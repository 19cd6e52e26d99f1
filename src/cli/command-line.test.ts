import { afterEach, describe, expect, it, vi } from "vitest";
import { formatHelp, parseCommandLine, type CommandSpec } from "./command-line";

const SPEC = {
  name: "demo",
  args: "<file | ->",
  summary: "A command for the test.",
  positionals: [1, 1],
  options: {
    format: { type: "string", value: "a|b", choices: ["a", "b"], default: "a", help: "the format" },
    out: { type: "string", short: "o", value: "<file>", help: "where to write" },
    list: { type: "boolean", help: "list things" },
  },
} as const satisfies CommandSpec;

describe("parseCommandLine", () => {
  afterEach(() => vi.restoreAllMocks());
  const capture = (stream: NodeJS.WriteStream) => {
    const spy = vi.spyOn(stream, "write").mockImplementation(() => true);
    return () => spy.mock.calls.map((c) => String(c[0])).join("");
  };

  it("gives typed values with defaults, short flags, = values and - as a positional", () => {
    const parsed = parseCommandLine(SPEC, ["-", "-o", "x.txt", "--format=b"]);
    expect(parsed).toEqual({ values: { format: "b", out: "x.txt", list: false }, positionals: ["-"] });
    expect(parseCommandLine(SPEC, ["f"])).toEqual({ values: { format: "a", out: undefined, list: false }, positionals: ["f"] });
  });

  it.each([
    [["f", "--verbose"], "seams demo: unknown option --verbose"],
    [["f", "-x"], "seams demo: unknown option -x"],
    [["f", "--out"], "seams demo: --out needs a value"],
    [["f", "--list=yes"], "seams demo: --list does not take a value"],
    [["f", "--format", "c"], 'seams demo: --format must be one of a, b, not "c"'],
    [[], "seams demo: no design given"],
    [["f", "g"], "seams demo: too many arguments (g)"],
  ])("%j is exit 2 with a clear reason and the usage", (args, reason) => {
    const err = capture(process.stderr);
    expect(parseCommandLine(SPEC, args)).toEqual({ exit: 2 });
    expect(err()).toContain(reason);
    expect(err()).toContain("usage: seams demo <file | -> [options]");
    expect(err()).toContain('Run "seams demo --help"');
  });

  it("prints the help for --help and -h, even beside other arguments, and gives exit 0", () => {
    const out = capture(process.stdout);
    expect(parseCommandLine(SPEC, ["--help"])).toEqual({ exit: 0 });
    expect(parseCommandLine(SPEC, ["f", "-h"])).toEqual({ exit: 0 });
    expect(out()).toBe(formatHelp(SPEC).repeat(2));
    expect(formatHelp(SPEC)).toContain("-o, --out <file>");
    expect(formatHelp(SPEC)).toContain("--format a|b");
    expect(formatHelp(SPEC)).toContain("(default a)");
  });
});
