// A small parser for the logic expressions of SurveyJS (`{q} = 'x' and {n} > 5`) and LimeSurvey
// (`Q1 == "A1" && !is_empty(Q2)`): comparisons joined by and/or/not. Arithmetic and anything else it
// does not know make it throw UnsupportedLogic, so the caller lists the expression as not carried over.

export type Scalar = string | number | boolean;
export type Operand =
  | { kind: "var"; name: string }
  | { kind: "literal"; value: Scalar }
  | { kind: "list"; values: Scalar[] }
  | { kind: "call"; name: string; args: Operand[] };
export type CompareOp =
  | "eq"
  | "neq"
  | "gt"
  | "gte"
  | "lt"
  | "lte"
  | "contains"
  | "notcontains"
  | "anyof"
  | "allof"
  | "noneof";
export type Expr =
  | { kind: "and" | "or"; items: Expr[] }
  | { kind: "not"; item: Expr }
  | { kind: "compare"; op: CompareOp; left: Operand; right: Operand }
  | { kind: "test"; op: "empty" | "notempty"; operand: Operand }
  | { kind: "value"; operand: Operand };

/** Logic this importer cannot translate; the message says why, for the unmapped list. */
export class UnsupportedLogic extends Error {
  override readonly name = "UnsupportedLogic";
}

type Token =
  | { type: "var"; name: string }
  | { type: "ident"; name: string }
  | { type: "string"; value: string }
  | { type: "number"; value: number }
  | { type: "word"; word: string }
  | { type: "punct"; value: string };

// Both dialects' spellings of one operator map to one word.
const WORDS: Record<string, string> = {
  and: "and",
  "&&": "and",
  or: "or",
  "||": "or",
  not: "not",
  negate: "not",
  "!": "not",
  "=": "eq",
  "==": "eq",
  equal: "eq",
  eq: "eq",
  "!=": "neq",
  "<>": "neq",
  notequal: "neq",
  ne: "neq",
  ">": "gt",
  greater: "gt",
  gt: "gt",
  ">=": "gte",
  "=>": "gte",
  greaterorequal: "gte",
  ge: "gte",
  "<": "lt",
  less: "lt",
  lt: "lt",
  "<=": "lte",
  "=<": "lte",
  lessorequal: "lte",
  le: "lte",
  contains: "contains",
  contain: "contains",
  "*=": "contains",
  notcontains: "notcontains",
  notcontain: "notcontains",
  anyof: "anyof",
  allof: "allof",
  noneof: "noneof",
  empty: "empty",
  notempty: "notempty",
  true: "true",
  false: "false",
};
const SYMBOLS = ["==", "!=", "<>", "<=", "=<", ">=", "=>", "&&", "||", "*=", "=", "<", ">", "!"];
const COMPARISONS = new Set([
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "contains",
  "notcontains",
  "anyof",
  "allof",
  "noneof",
]);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const char = source[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "{") {
      const end = source.indexOf("}", i);
      if (end < 0) throw new UnsupportedLogic("unclosed {");
      tokens.push({ type: "var", name: source.slice(i + 1, end).trim() });
      i = end + 1;
    } else if (char === "'" || char === '"') {
      let value = "";
      let j = i + 1;
      while (j < source.length && source[j] !== char) {
        value += source[j] === "\\" ? (source[++j] ?? "") : source[j];
        j++;
      }
      if (j >= source.length) throw new UnsupportedLogic("unclosed string");
      tokens.push({ type: "string", value });
      i = j + 1;
    } else if (/^\d/.test(rest)) {
      const [number] = rest.match(/^\d+(\.\d+)?/) as RegExpMatchArray;
      tokens.push({ type: "number", value: Number(number) });
      i += number.length;
    } else if (/^[A-Za-z_$@]/.test(rest)) {
      const [name] = rest.match(/^[A-Za-z_$@][\w.:$@]*/) as RegExpMatchArray;
      const word = WORDS[name.toLowerCase()];
      tokens.push(word ? { type: "word", word } : { type: "ident", name });
      i += name.length;
    } else {
      const symbol = SYMBOLS.find((candidate) => rest.startsWith(candidate));
      if (symbol) tokens.push({ type: "word", word: WORDS[symbol] as string });
      else tokens.push({ type: "punct", value: char });
      i += symbol?.length ?? 1;
    }
  }
  return tokens;
}

/** Parses one expression; `bareNames` lets plain identifiers name questions (LimeSurvey's `Q1`). */
export function parseExpression(source: string, options: { bareNames: boolean }): Expr {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const isWord = (word: string) => {
    const token = peek();
    return token?.type === "word" && token.word === word;
  };
  const isPunct = (value: string) => {
    const token = peek();
    return token?.type === "punct" && token.value === value;
  };
  const expectPunct = (value: string) => {
    if (!isPunct(value)) throw new UnsupportedLogic(`expected "${value}" in "${source}"`);
    at++;
  };

  const parseOr = (): Expr => joined("or", parseAnd);
  const parseAnd = (): Expr => joined("and", parseUnary);
  function joined(kind: "and" | "or", next: () => Expr): Expr {
    const items = [next()];
    while (isWord(kind)) {
      at++;
      items.push(next());
    }
    return items.length === 1 ? (items[0] as Expr) : { kind, items };
  }
  function parseUnary(): Expr {
    if (isWord("not")) {
      at++;
      return { kind: "not", item: parseUnary() };
    }
    if (isPunct("(")) {
      at++;
      const inner = parseOr();
      expectPunct(")");
      return inner;
    }
    return parseComparison();
  }
  function parseComparison(): Expr {
    const left = parseOperand();
    const token = peek();
    if (token?.type === "word" && (token.word === "empty" || token.word === "notempty")) {
      at++;
      return { kind: "test", op: token.word, operand: left };
    }
    if (token?.type === "word" && COMPARISONS.has(token.word)) {
      at++;
      return { kind: "compare", op: token.word as CompareOp, left, right: parseOperand() };
    }
    return { kind: "value", operand: left };
  }
  function parseOperand(): Operand {
    const token = tokens[at++];
    if (!token) throw new UnsupportedLogic(`"${source}" ends too early`);
    if (token.type === "var") return { kind: "var", name: token.name };
    if (token.type === "string") return { kind: "literal", value: token.value };
    if (token.type === "number") return { kind: "literal", value: token.value };
    if (token.type === "word" && (token.word === "true" || token.word === "false")) {
      return { kind: "literal", value: token.word === "true" };
    }
    if (token.type === "punct" && token.value === "-" && peek()?.type === "number") {
      const number = tokens[at++] as { value: number };
      return { kind: "literal", value: -number.value };
    }
    if (token.type === "punct" && token.value === "[") return parseList();
    if (token.type === "ident") {
      if (isPunct("(")) return parseCall(token.name);
      if (options.bareNames) return { kind: "var", name: token.name };
    }
    throw new UnsupportedLogic(`cannot read "${describe(token)}" in "${source}"`);
  }
  function parseList(): Operand {
    const values: Scalar[] = [];
    while (!isPunct("]")) {
      const item = parseOperand();
      if (item.kind !== "literal") throw new UnsupportedLogic(`list items must be values in "${source}"`);
      values.push(item.value);
      if (isPunct(",")) at++;
      else if (!isPunct("]")) throw new UnsupportedLogic(`expected "," or "]" in "${source}"`);
    }
    at++;
    return { kind: "list", values };
  }
  function parseCall(name: string): Operand {
    expectPunct("(");
    const args: Operand[] = [];
    while (!isPunct(")")) {
      args.push(parseOperand());
      if (isPunct(",")) at++;
      else if (!isPunct(")")) throw new UnsupportedLogic(`expected "," or ")" in "${source}"`);
    }
    at++;
    return { kind: "call", name, args };
  }

  const expression = parseOr();
  const leftover = peek();
  if (leftover) throw new UnsupportedLogic(`cannot read "${describe(leftover)}" in "${source}"`);
  return expression;
}

function describe(token: Token): string {
  switch (token.type) {
    case "var":
      return `{${token.name}}`;
    case "ident":
      return token.name;
    case "word":
      return token.word;
    case "string":
    case "number":
      return String(token.value);
    case "punct":
      return token.value;
  }
}
