/**
 * No Structurizr parser runs here (structurizr-cli is Java and not packaged),
 * so the tests read the DSL with the DSL's own tokenising rules: one
 * statement per line, tokens separated by whitespace, double-quoted strings
 * with `\"` and `\\` escapes, braces opening and closing blocks. It checks
 * what the export controls: every line is one well-formed statement of the
 * kinds the exporter writes, identifiers are defined before use, braces
 * balance, and strings decode back to the text.
 */
export type Token = { kind: "string"; text: string } | { kind: "word"; text: string };

export function tokenizeLine(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === " " || c === "\t") { i++; continue; }
    if (c === '"') {
      let text = "";
      i++;
      for (;;) {
        if (i >= line.length) throw new Error(`unterminated string in: ${line}`);
        const ch = line[i]!;
        if (ch === "\\") { text += line[i + 1] ?? ""; i += 2; continue; }
        if (ch === '"') { i++; break; }
        text += ch;
        i++;
      }
      if (i < line.length && line[i] !== " ") throw new Error(`text right after a string in: ${line}`);
      tokens.push({ kind: "string", text });
      continue;
    }
    let j = i;
    while (j < line.length && line[j] !== " " && line[j] !== "\t") j++;
    tokens.push({ kind: "word", text: line.slice(i, j) });
    i = j;
  }
  return tokens;
}

export interface StructurizrModel {
  containers: Map<string, { name: string; description: string; technology: string; tag: string; group: string | undefined }>;
  relationships: { from: string; to: string; description: string; technology: string }[];
}

const IDENTIFIER = /^[A-Za-z0-9_-]+$/;

/** Reads a workspace the exporter wrote; throws naming the line on anything else. */
export function readStructurizr(text: string): StructurizrModel {
  const containers: StructurizrModel["containers"] = new Map();
  const relationships: StructurizrModel["relationships"] = [];
  const stack: string[] = [];
  let group: string | undefined;
  text.split("\n").forEach((raw, n) => {
    const line = raw.trim();
    if (line === "") return;
    const t = tokenizeLine(line);
    const words = t.map((x) => (x.kind === "word" ? x.text : "<s>")).join(" ");
    const fail = (why: string) => { throw new Error(`line ${n + 1}: ${why}: ${raw}`); };
    const str = (k: number) => (t[k]?.kind === "string" ? t[k].text : fail(`token ${k} is not a string`));
    if (words === "}") { if (stack.length === 0) fail("unbalanced }"); if (stack.pop() === "group") group = undefined; return; }
    if (words === "workspace <s> <s> {") return void stack.push("workspace");
    if (words === "model {" || words === "views {" || words === "styles {") return void stack.push(words.split(" ")[0]!);
    if (/^[A-Za-z0-9_-]+ = softwareSystem <s> \{$/.test(words)) return void stack.push("system");
    if (words === "group <s> {") { group = str(1); return void stack.push("group"); }
    if (/^[A-Za-z0-9_-]+ = container <s> <s> <s> <s>$/.test(words)) {
      const id = t[0]!.text;
      if (containers.has(id)) fail(`identifier ${id} defined twice`);
      containers.set(id, { name: str(3), description: str(4), technology: str(5), tag: str(6), group });
      return;
    }
    if (/^[A-Za-z0-9_-]+ -> [A-Za-z0-9_-]+ <s> <s>$/.test(words)) {
      const [from, , to] = t.map((x) => x.text);
      for (const id of [from!, to!]) if (!IDENTIFIER.test(id) || !containers.has(id)) fail(`unknown identifier ${id}`);
      relationships.push({ from: from!, to: to!, description: str(3), technology: str(4) });
      return;
    }
    if (/^container [A-Za-z0-9_-]+ <s> \{$/.test(words)) return void stack.push("view");
    if (words === "include *" || words === "autolayout lr") return;
    if (words === "element <s> {") return void stack.push("element");
    if (/^shape [a-z]+$/.test(words)) return;
    fail("not a statement this reader knows");
  });
  if (stack.length !== 0) throw new Error(`unclosed blocks: ${stack.join(", ")}`);
  return { containers, relationships };
}
