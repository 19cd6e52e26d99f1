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
    expect(parsed).toEqual({ values: { format: "b", out: "x.txt", list: false }, positionals: ["-"], locale: "en" });
    expect(parseCommandLine(SPEC, ["f", "--lang", "en"])).toEqual({ values: { format: "a", out: undefined, list: false }, positionals: ["f"], locale: "en" });
    expect(parseCommandLine(SPEC, ["f", "--lang=zh-CN"])).toMatchObject({ positionals: ["f"], locale: "zh-CN" });
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

  it("speaks the language --lang asks for, or LANG's, in the help and in usage errors", () => {
    const out = capture(process.stdout);
    expect(parseCommandLine(SPEC, ["--help", "--lang", "zh-CN"])).toEqual({ exit: 0 });
    expect(out()).toMatch(/^用法：seams demo <file \| -> \[选项\]\n/);
    expect(out()).toContain("--lang en|zh-CN");
    expect(out()).toContain("显示本帮助");
    expect(out()).toContain("（默认 a）");
    const err = capture(process.stderr);
    expect(parseCommandLine(SPEC, ["f", "--verbose", "--lang=zh-CN"])).toEqual({ exit: 2 });
    expect(err()).toContain("seams demo: 未知选项 --verbose");
    expect(err()).toContain('运行 "seams demo --help" 查看选项。');
    vi.stubEnv("LC_ALL", "");
    vi.stubEnv("LC_MESSAGES", "");
    vi.stubEnv("LANG", "zh_CN.UTF-8");
    expect(parseCommandLine(SPEC, ["f", "--format", "c"])).toEqual({ exit: 2 });
    expect(err()).toContain('seams demo: --format 必须是 a, b 之一，而不是 "c"');
    expect(parseCommandLine(SPEC, ["f", "g", "--lang", "en"])).toEqual({ exit: 2 });
    expect(err()).toContain("seams demo: too many arguments (g)");
    vi.unstubAllEnvs();
  });

  it("refuses a language it does not have, naming the ones it has", () => {
    const err = capture(process.stderr);
    expect(parseCommandLine(SPEC, ["f", "--lang", "fr"])).toEqual({ exit: 2 });
    expect(err()).toContain('--lang must be one of en, zh-CN, not "fr"');
  });
});
