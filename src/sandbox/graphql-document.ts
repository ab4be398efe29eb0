/**
 * A parser for GraphQL documents (queries, variables, fragments, directives), enough for the
 * sandbox to answer the queries Stopline sends to `POST /graphql` the way GitHub does. It follows
 * the GraphQL specification's grammar for executable documents; type system definitions (SDL) are
 * not accepted. Parse errors read like GitHub's: `Parse error on "}" (RCURLY) at [3, 1]`.
 */

export interface Location {
  line: number;
  column: number;
}

export type Value =
  | { kind: 'Variable'; name: string }
  | { kind: 'Int' | 'Float'; value: number }
  | { kind: 'String'; value: string }
  | { kind: 'Boolean'; value: boolean }
  | { kind: 'Null' }
  | { kind: 'Enum'; value: string }
  | { kind: 'List'; values: Value[] }
  | { kind: 'Object'; fields: Record<string, Value> };

export interface Directive {
  name: string;
  args: Record<string, Value>;
}

export type Selection =
  | { kind: 'Field'; alias: string | undefined; name: string; args: Record<string, Value>; directives: Directive[]; selections: Selection[] | undefined; loc: Location }
  | { kind: 'FragmentSpread'; name: string; directives: Directive[]; loc: Location }
  | { kind: 'InlineFragment'; typeCondition: string | undefined; directives: Directive[]; selections: Selection[]; loc: Location };

export type TypeRef = { kind: 'Named'; name: string } | { kind: 'List'; of: TypeRef } | { kind: 'NonNull'; of: TypeRef };

export interface VariableDefinition {
  name: string;
  type: TypeRef;
  defaultValue: Value | undefined;
  loc: Location;
}

export interface Operation {
  operation: 'query' | 'mutation' | 'subscription';
  name: string | undefined;
  variables: VariableDefinition[];
  selections: Selection[];
  loc: Location;
}

export interface Fragment {
  name: string;
  typeCondition: string;
  selections: Selection[];
  loc: Location;
}

export interface Document {
  operations: Operation[];
  fragments: Map<string, Fragment>;
}

/** A document that does not parse; `location` is where the offending token starts. */
export class GraphqlSyntaxError extends Error {
  constructor(message: string, readonly location: Location) {
    super(message);
  }
}

type TokenKind = 'PUNCT' | 'NAME' | 'INT' | 'FLOAT' | 'STRING' | 'EOF';

interface Token {
  kind: TokenKind;
  text: string;
  /** The decoded value of a string token. */
  value: string;
  loc: Location;
}

// graphql-ruby's names for punctuators, which GitHub's parse errors show.
const PUNCT_NAMES: Record<string, string> = {
  '{': 'LCURLY', '}': 'RCURLY', '(': 'LPAREN', ')': 'RPAREN', '[': 'LBRACKET', ']': 'RBRACKET',
  ':': 'COLON', '!': 'BANG', '$': 'VAR_SIGN', '=': 'EQUALS', '@': 'DIR_SIGN', '...': 'ELLIPSIS', '|': 'PIPE', '&': 'AMP',
};

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let line = 1;
  let lineStart = 0;
  const loc = (): Location => ({ line, column: at - lineStart + 1 });
  while (at < source.length) {
    const char = source[at]!;
    if (char === '\n') {
      at += 1;
      line += 1;
      lineStart = at;
      continue;
    }
    // Commas are insignificant in GraphQL, like white space; so is a byte-order mark.
    if (char === ' ' || char === '\t' || char === '\r' || char === ',' || char === '\ufeff') {
      at += 1;
      continue;
    }
    if (char === '#') {
      while (at < source.length && source[at] !== '\n') at += 1;
      continue;
    }
    const start = loc();
    if (source.startsWith('...', at)) {
      tokens.push({ kind: 'PUNCT', text: '...', value: '...', loc: start });
      at += 3;
      continue;
    }
    if ('{}()[]:!$=@|&'.includes(char)) {
      tokens.push({ kind: 'PUNCT', text: char, value: char, loc: start });
      at += 1;
      continue;
    }
    const name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(at, at + 256));
    if (name) {
      tokens.push({ kind: 'NAME', text: name[0], value: name[0], loc: start });
      at += name[0].length;
      continue;
    }
    const number = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(at, at + 64));
    if (number) {
      tokens.push({ kind: number[2] || number[3] ? 'FLOAT' : 'INT', text: number[0], value: number[0], loc: start });
      at += number[0].length;
      continue;
    }
    if (source.startsWith('"""', at)) {
      const end = source.indexOf('"""', at + 3);
      if (end < 0) throw new GraphqlSyntaxError(`Parse error on unterminated string at [${start.line}, ${start.column}]`, start);
      const raw = source.slice(at + 3, end);
      tokens.push({ kind: 'STRING', text: source.slice(at, end + 3), value: blockString(raw), loc: start });
      for (const c of raw) if (c === '\n') line += 1;
      at = end + 3;
      if (raw.includes('\n')) lineStart = source.lastIndexOf('\n', end) + 1;
      continue;
    }
    if (char === '"') {
      let value = '';
      let end = at + 1;
      for (; end < source.length && source[end] !== '"'; end += 1) {
        const c = source[end]!;
        if (c === '\n') break;
        if (c !== '\\') {
          value += c;
          continue;
        }
        const escape = source[end + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape !== undefined && escape in simple) {
          value += simple[escape];
          end += 1;
        } else if (escape === 'u' && /^[0-9A-Fa-f]{4}$/.test(source.slice(end + 2, end + 6))) {
          value += String.fromCharCode(parseInt(source.slice(end + 2, end + 6), 16));
          end += 5;
        } else {
          throw new GraphqlSyntaxError(`Parse error on bad escape in string at [${start.line}, ${start.column}]`, start);
        }
      }
      if (source[end] !== '"') throw new GraphqlSyntaxError(`Parse error on unterminated string at [${start.line}, ${start.column}]`, start);
      tokens.push({ kind: 'STRING', text: source.slice(at, end + 1), value, loc: start });
      at = end + 1;
      continue;
    }
    throw new GraphqlSyntaxError(`Parse error on "${char}" (UNKNOWN_CHAR) at [${start.line}, ${start.column}]`, start);
  }
  tokens.push({ kind: 'EOF', text: '', value: '', loc: loc() });
  return tokens;
}

/** A block string's value: common indentation and blank first and last lines removed (spec 2.9.4). */
function blockString(raw: string): string {
  const lines = raw.replace(/\\"""/g, '"""').split(/\r\n|\r|\n/);
  let indent = Number.POSITIVE_INFINITY;
  for (const text of lines.slice(1)) {
    const lead = /^[ \t]*/.exec(text)![0].length;
    if (lead < text.length) indent = Math.min(indent, lead);
  }
  const trimmed = lines.map((text, index) => (index === 0 || indent === Number.POSITIVE_INFINITY ? text : text.slice(indent)));
  while (trimmed.length > 0 && trimmed[0]!.trim() === '') trimmed.shift();
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]!.trim() === '') trimmed.pop();
  return trimmed.join('\n');
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.at]!;
  }

  private next(): Token {
    return this.tokens[this.at++]!;
  }

  private fail(token: Token = this.peek()): never {
    const { line, column } = token.loc;
    const shown = token.kind === 'EOF' ? 'end of file' : `"${token.text}" (${token.kind === 'PUNCT' ? PUNCT_NAMES[token.text] : token.kind === 'NAME' ? 'IDENTIFIER' : token.kind})`;
    throw new GraphqlSyntaxError(`Parse error on ${shown} at [${line}, ${column}]`, token.loc);
  }

  private isPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === 'PUNCT' && token.text === text;
  }

  private expectPunct(text: string): Token {
    if (!this.isPunct(text)) this.fail();
    return this.next();
  }

  private expectName(word?: string): Token {
    const token = this.peek();
    if (token.kind !== 'NAME' || (word !== undefined && token.text !== word)) this.fail();
    return this.next();
  }

  document(): Document {
    const operations: Operation[] = [];
    const fragments = new Map<string, Fragment>();
    if (this.peek().kind === 'EOF') this.fail();
    while (this.peek().kind !== 'EOF') {
      const token = this.peek();
      if (this.isPunct('{')) {
        operations.push({ operation: 'query', name: undefined, variables: [], selections: this.selectionSet(), loc: token.loc });
      } else if (token.kind === 'NAME' && (token.text === 'query' || token.text === 'mutation' || token.text === 'subscription')) {
        operations.push(this.operation());
      } else if (token.kind === 'NAME' && token.text === 'fragment') {
        const fragment = this.fragment();
        fragments.set(fragment.name, fragment);
      } else {
        this.fail();
      }
    }
    return { operations, fragments };
  }

  private operation(): Operation {
    const keyword = this.next();
    const name = this.peek().kind === 'NAME' ? this.next().text : undefined;
    const variables: VariableDefinition[] = [];
    if (this.isPunct('(')) {
      this.next();
      while (!this.isPunct(')')) {
        const dollar = this.expectPunct('$');
        const variable = this.expectName().text;
        this.expectPunct(':');
        const type = this.typeRef();
        let defaultValue: Value | undefined;
        if (this.isPunct('=')) {
          this.next();
          defaultValue = this.value(true);
        }
        this.directives();
        variables.push({ name: variable, type, defaultValue, loc: dollar.loc });
      }
      this.next();
    }
    this.directives();
    return { operation: keyword.text as Operation['operation'], name, variables, selections: this.selectionSet(), loc: keyword.loc };
  }

  private fragment(): Fragment {
    const keyword = this.next();
    const name = this.expectName();
    if (name.text === 'on') this.fail(name);
    this.expectName('on');
    const typeCondition = this.expectName().text;
    this.directives();
    return { name: name.text, typeCondition, selections: this.selectionSet(), loc: keyword.loc };
  }

  private typeRef(): TypeRef {
    let type: TypeRef;
    if (this.isPunct('[')) {
      this.next();
      type = { kind: 'List', of: this.typeRef() };
      this.expectPunct(']');
    } else {
      type = { kind: 'Named', name: this.expectName().text };
    }
    if (this.isPunct('!')) {
      this.next();
      return { kind: 'NonNull', of: type };
    }
    return type;
  }

  private selectionSet(): Selection[] {
    this.expectPunct('{');
    const selections: Selection[] = [];
    if (this.isPunct('}')) this.fail();
    while (!this.isPunct('}')) selections.push(this.selection());
    this.next();
    return selections;
  }

  private selection(): Selection {
    const token = this.peek();
    if (this.isPunct('...')) {
      this.next();
      const after = this.peek();
      if (after.kind === 'NAME' && after.text !== 'on') {
        this.next();
        return { kind: 'FragmentSpread', name: after.text, directives: this.directives(), loc: token.loc };
      }
      let typeCondition: string | undefined;
      if (after.kind === 'NAME') {
        this.next();
        typeCondition = this.expectName().text;
      }
      const directives = this.directives();
      return { kind: 'InlineFragment', typeCondition, directives, selections: this.selectionSet(), loc: token.loc };
    }
    const first = this.expectName();
    let alias: string | undefined;
    let name = first.text;
    if (this.isPunct(':')) {
      this.next();
      alias = first.text;
      name = this.expectName().text;
    }
    const args = this.isPunct('(') ? this.arguments(false) : {};
    const directives = this.directives();
    const selections = this.isPunct('{') ? this.selectionSet() : undefined;
    return { kind: 'Field', alias, name, args, directives, selections, loc: first.loc };
  }

  private arguments(constant: boolean): Record<string, Value> {
    this.expectPunct('(');
    const args: Record<string, Value> = {};
    if (this.isPunct(')')) this.fail();
    while (!this.isPunct(')')) {
      const name = this.expectName().text;
      this.expectPunct(':');
      args[name] = this.value(constant);
    }
    this.next();
    return args;
  }

  private directives(): Directive[] {
    const directives: Directive[] = [];
    while (this.isPunct('@')) {
      this.next();
      const name = this.expectName().text;
      directives.push({ name, args: this.isPunct('(') ? this.arguments(false) : {} });
    }
    return directives;
  }

  private value(constant: boolean): Value {
    const token = this.peek();
    if (token.kind === 'PUNCT') {
      if (token.text === '$' && !constant) {
        this.next();
        return { kind: 'Variable', name: this.expectName().text };
      }
      if (token.text === '[') {
        this.next();
        const values: Value[] = [];
        while (!this.isPunct(']')) values.push(this.value(constant));
        this.next();
        return { kind: 'List', values };
      }
      if (token.text === '{') {
        this.next();
        const fields: Record<string, Value> = {};
        while (!this.isPunct('}')) {
          const name = this.expectName().text;
          this.expectPunct(':');
          fields[name] = this.value(constant);
        }
        this.next();
        return { kind: 'Object', fields };
      }
      this.fail();
    }
    this.next();
    switch (token.kind) {
      case 'INT':
        return { kind: 'Int', value: Number(token.text) };
      case 'FLOAT':
        return { kind: 'Float', value: Number(token.text) };
      case 'STRING':
        return { kind: 'String', value: token.value };
      case 'NAME':
        if (token.text === 'true' || token.text === 'false') return { kind: 'Boolean', value: token.text === 'true' };
        if (token.text === 'null') return { kind: 'Null' };
        return { kind: 'Enum', value: token.text };
      default:
        return this.fail(token);
    }
  }
}

/**
 * Parses an executable GraphQL document.
 * @throws GraphqlSyntaxError naming the first token that does not fit the grammar
 */
export function parseDocument(source: string): Document {
  return new Parser(tokenize(source)).document();
}

/** The type as GraphQL writes it, e.g. `[String!]!`. */
export function printType(type: TypeRef): string {
  if (type.kind === 'Named') return type.name;
  if (type.kind === 'List') return `[${printType(type.of)}]`;
  return `${printType(type.of)}!`;
}
