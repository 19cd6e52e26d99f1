/**
 * The inspector's refusals in the reader's language. The rules that refuse an
 * edit (the format's schema, the design checks, the edit's own) speak English
 * in the core, where the loader and the command line share them; here each
 * known sentence is recognised by its shape and rendered from the catalog,
 * with its figures and names carried over. A sentence no pattern knows is
 * shown as it came, rather than hidden: a test holds every rule's sentence to
 * a pattern.
 */
import type { Translate } from "../../i18n/translate";

type Values = Record<string, string | number>;
/** A sentence's shape, the catalog key under `inspector.problem`, and how its groups become values. */
type Pattern = [RegExp, string, (m: RegExpMatchArray, t: Translate) => Values];

const none = () => ({});
const KIND = "(context|service|database|broker|gateway|flow)";
/** "a database" -> the kind's article in the reader's language. */
const article = (t: Translate, kind: string | undefined) => t(`inspector.article.${kind}`);

const PATTERNS: Pattern[] = [
  [/^must be a number$/, "number", none],
  [/^is required$/, "required", none],
  [/^is not valid( here)?$/, "invalid", none],
  [/^must not be empty$/, "notEmpty", none],
  [/^must be at most (\d+) characters$/, "maxChars", (m) => ({ max: Number(m[1]) })],
  [/^must be at most (-?[\d.]+)$/, "atMost", (m) => ({ max: Number(m[1]) })],
  [/^must be at least (-?[\d.]+)$/, "atLeast", (m) => ({ min: Number(m[1]) })],
  [/^must be more than (-?[\d.]+)$/, "moreThan", (m) => ({ min: Number(m[1]) })],
  [/^must be a whole number$/, "whole", none],
  [/^at most (\d+) ([\w ]+)$/, "atMostItems", (m) => ({ max: Number(m[1]), items: m[2]!.replace(/ /g, "_") })],
  [/^must be true or false$/, "boolean", none],
  [/^must be "(.+)"$/, "exactly", (m) => ({ value: m[1]! })],
  [/^must be one of (.+)$/, "oneOf", (m) => ({ values: m[1]! })],
  [/^must be a lowercase id\b/, "id", none],
  [/^must start with '\/'/, "path", none],
  [/^must be a duration like\b/, "duration", none],
  [/^must be a host name\b/, "host", none],
  [/^must be an origin like\b/, "origin", none],
  [/^must be sync or async$/, "syncOrAsync", none],
  [/^"(.+)" is an async protocol; a sync flow uses http or grpc$/, "asyncProtocol", (m) => ({ protocol: m[1]! })],
  [/^"(.+)" is a sync protocol; an async flow uses event or message$/, "syncProtocol", (m) => ({ protocol: m[1]! })],
  [new RegExp(`^"(.+)" is already used by an? ${KIND}$`), "idTaken", (m, t) => ({ id: m[1]!, kind: article(t, m[2]) })],
  [/^must name a context of this design$/, "contextMissing", none],
  [/^"(.+)" is no longer in the design$/, "gone", (m) => ({ id: m[1]! })],
  [/^has nothing selected to edit$/, "nothingSelected", none],
  [/^must be an element of this design$/, "notElement", none],
  [/^must differ from where the flow starts$/, "sameEnds", none],
  [new RegExp(`^cannot be an? ${KIND} here: (.+)$`), "cannotBe", (m, t) => ({ kind: article(t, m[1]), reason: problemText(m[2]!, t) })],
  [new RegExp(`^must be (sync|async) between an? ${KIND} and an? ${KIND}$`), "kindBetween", (m, t) => ({ flowKind: m[1]!, from: article(t, m[2]), to: article(t, m[3]) })],
  [/^"(.+)" is already routed to (.+) on this gateway$/, "routeTaken", (m) => ({ path: m[1]!, to: m[2]! })],
  [/^would give the route (.+) the prefix "(.+)", which is already routed on (.+)$/, "renameRouteTaken", (m) => ({ route: m[1]!, path: m[2]!, gateway: m[3]! })],
  [/^a flow connects elements, not contexts\b/, "connectContext", none],
  [/^a database does not call anything\b/, "databaseCalls", none],
  [new RegExp(`^a broker only delivers to services, not to an? ${KIND}$`), "brokerDelivers", (m, t) => ({ kind: article(t, m[1]) })],
  [new RegExp(`^a gateway routes to services, not to an? ${KIND}$`), "gatewayRoutes", (m, t) => ({ kind: article(t, m[1]) })],
  [new RegExp(`^an? ${KIND} cannot call an? ${KIND}$`), "cannotCall", (m, t) => ({ from: article(t, m[1]), to: article(t, m[2]) })],
  [/^a flow cannot go from an element to itself$/, "selfFlow", none],
  [/^both ends of a flow must be elements of this design$/, "bothEnds", none],
];

/** The catalog key and values of a known refusal, or undefined. */
export function matchProblem(message: string, t: Translate): { key: string; values: Values } | undefined {
  for (const [re, key, values] of PATTERNS) {
    const m = message.match(re);
    if (m) return { key: `inspector.problem.${key}`, values: values(m, t) };
  }
  return undefined;
}

/**
 * A refusal as the reader reads it; unknown ones stay as they came.
 * @example problemText("must be at most 65535", t) // zh-CN: "不能大于 65535"
 */
export function problemText(message: string, t: Translate): string {
  const known = matchProblem(message, t);
  return known ? t(known.key, known.values) : message;
}

/** "Port" + "must be at most 65535" -> "Port must be at most 65535." (zh-CN: "端口不能大于 65535。") */
export function fieldSentence(label: string, message: string, t: Translate): string {
  return t("inspector.error.sentence", { label, message: problemText(message, t) }).replace(/([.!?。])\.$/, "$1");
}
