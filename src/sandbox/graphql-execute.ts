/**
 * Executes a parsed GraphQL document against a small, hand-written description of GitHub's types
 * (object types with their fields, argument types, enums and input objects). Like GitHub (which
 * runs graphql-ruby), the whole document is validated first, and a document with unknown fields,
 * arguments or variables gets only `errors`, with GitHub's `extensions.code` values; then fields
 * resolve, a resolver's FieldError becomes an entry of `errors` with its path, and `null` travels
 * up to the nearest nullable field as the specification says.
 */
import { parseDocument, printType, GraphqlSyntaxError, type Document, type Location, type Selection, type TypeRef, type Value } from './graphql-document.js';

/** One field of an object type. */
export interface FieldSpec<Context> {
  /** Its GraphQL type, e.g. `DeploymentConnection!` or `[String!]`. */
  type: string;
  /** The arguments it accepts and their GraphQL types; `!` marks the required ones. */
  args?: Record<string, string>;
  /** Computes the value from the parent and the coerced arguments (typed by each resolver); without one, the parent object's property of the field's name is used. */
  resolve?: (parent: any, args: any, context: Context) => unknown;
}

export interface SchemaSpec<Context> {
  /** Name of the root query type. */
  query: string;
  objects: Record<string, Record<string, FieldSpec<Context>>>;
  enums: Record<string, readonly string[]>;
  /** Input object types: field name → GraphQL type. */
  inputs: Record<string, Record<string, string>>;
}

/** One entry of a response's `errors`, in GitHub's shape. */
export interface GraphqlError {
  message: string;
  type?: string;
  path?: (string | number)[];
  locations?: Location[];
  extensions?: Record<string, unknown>;
}

/** Thrown by a resolver: the field becomes null and the error is reported with its path. */
export class FieldError extends Error {
  constructor(message: string, readonly type?: string) {
    super(message);
  }
}

/** A non-null field came out null: its parent becomes null (and so on up). */
class NullBubble extends Error {}

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

function parseTypeText(text: string): TypeRef {
  const trimmed = text.trim();
  if (trimmed.endsWith('!')) return { kind: 'NonNull', of: parseTypeText(trimmed.slice(0, -1)) };
  if (trimmed.startsWith('[')) return { kind: 'List', of: parseTypeText(trimmed.slice(1, -1)) };
  return { kind: 'Named', name: trimmed };
}

const namedType = (type: TypeRef): string => (type.kind === 'Named' ? type.name : namedType(type.of));

const SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID', 'DateTime', 'URI', 'GitObjectID', 'HTML', 'GitTimestamp', 'Date']);

const TYPENAME: FieldSpec<unknown> = { type: 'String!' };

/** Runs one request: `{ query, variables, operationName }` as GitHub's endpoint receives it. */
export function executeRequest<Context>(
  schema: SchemaSpec<Context>,
  request: { query?: unknown; variables?: unknown; operationName?: unknown },
  context: Context,
  rootValue: unknown = {},
): GraphqlResponse {
  if (typeof request.query !== 'string') return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  let document: Document;
  try {
    document = parseDocument(request.query);
  } catch (error) {
    if (error instanceof GraphqlSyntaxError) return { errors: [{ message: error.message, locations: [error.location] }] };
    throw error;
  }
  return new Execution(schema, document, context).run(request, rootValue);
}

class Execution<Context> {
  private readonly errors: GraphqlError[] = [];
  private variables: Record<string, unknown> = {};

  constructor(
    private readonly schema: SchemaSpec<Context>,
    private readonly document: Document,
    private readonly context: Context,
  ) {}

  run(request: { variables?: unknown; operationName?: unknown }, rootValue: unknown): GraphqlResponse {
    const { operations } = this.document;
    const wanted = typeof request.operationName === 'string' && request.operationName !== '' ? request.operationName : undefined;
    const operation = wanted ? operations.find((o) => o.name === wanted) : operations.length === 1 ? operations[0] : undefined;
    if (!operation) {
      const message = wanted ? `No operation named "${wanted}"` : 'An operation name is required';
      return { errors: [{ message }] };
    }
    if (operation.operation !== 'query') {
      return { errors: [{ message: `The sandbox answers queries only; ${operation.operation} operations are not served`, locations: [operation.loc] }] };
    }
    this.validate(operation.selections, this.schema.query, ['query'], new Set(operation.variables.map((v) => v.name)));
    if (this.errors.length > 0) return { errors: this.errors };

    const given = request.variables && typeof request.variables === 'object' && !Array.isArray(request.variables) ? (request.variables as Record<string, unknown>) : {};
    for (const definition of operation.variables) {
      let value = given[definition.name];
      if (value === undefined && definition.defaultValue) value = this.literal(definition.defaultValue, definition.type);
      const problem = this.checkInput(value, definition.type);
      if (problem) {
        this.errors.push({
          message: `Variable $${definition.name} of type ${printType(definition.type)} was provided invalid value`,
          locations: [definition.loc],
          extensions: { value: value ?? null, problems: [{ path: [], explanation: problem }] },
        });
      }
      if (value !== undefined) this.variables[definition.name] = value;
    }
    if (this.errors.length > 0) return { errors: this.errors };

    let data: Record<string, unknown> | null;
    try {
      data = this.selectionSet(operation.selections, this.schema.query, rootValue, []);
    } catch (error) {
      if (!(error instanceof NullBubble)) throw error;
      data = null;
    }
    return this.errors.length > 0 ? { data, errors: this.errors } : { data };
  }

  // ---- validation, before anything runs ----

  private fieldSpec(typeName: string, field: string): FieldSpec<Context> | undefined {
    if (field === '__typename') return TYPENAME as FieldSpec<Context>;
    return this.schema.objects[typeName]?.[field];
  }

  private validate(selections: Selection[], typeName: string, path: string[], declared: Set<string>, seenFragments: Set<string> = new Set()): void {
    for (const selection of selections) {
      for (const directive of selection.directives) this.validateVariables(Object.values(directive.args), declared, path, selection.loc);
      if (selection.kind === 'FragmentSpread') {
        const fragment = this.document.fragments.get(selection.name);
        if (!fragment) {
          this.errors.push({ message: `Fragment ${selection.name} was used, but not defined`, locations: [selection.loc], path: [...path, `... ${selection.name}`], extensions: { code: 'useAndDefineFragment', fragmentName: selection.name } });
          continue;
        }
        if (!this.sameType(fragment.typeCondition, typeName, selection.loc, path, `...${selection.name}`)) continue;
        if (seenFragments.has(selection.name)) continue;
        this.validate(fragment.selections, typeName, path, declared, new Set([...seenFragments, selection.name]));
        continue;
      }
      if (selection.kind === 'InlineFragment') {
        if (selection.typeCondition && !this.sameType(selection.typeCondition, typeName, selection.loc, path, `... on ${selection.typeCondition}`)) continue;
        this.validate(selection.selections, typeName, path, declared, seenFragments);
        continue;
      }
      const here = [...path, selection.alias ?? selection.name];
      const spec = this.fieldSpec(typeName, selection.name);
      if (!spec) {
        this.errors.push({
          message: `Field '${selection.name}' doesn't exist on type '${typeName}'`,
          locations: [selection.loc],
          path: here,
          extensions: { code: 'undefinedField', typeName, fieldName: selection.name },
        });
        continue;
      }
      const accepted = spec.args ?? {};
      for (const name of Object.keys(selection.args)) {
        if (!(name in accepted)) {
          this.errors.push({
            message: `Field '${selection.name}' doesn't accept argument '${name}'`,
            locations: [selection.loc],
            path: [...here, name],
            extensions: { code: 'argumentNotAccepted', name: selection.name, typeName: 'Field', argumentName: name },
          });
        }
      }
      const missing = Object.entries(accepted).filter(([name, type]) => type.endsWith('!') && !(name in selection.args)).map(([name]) => name);
      if (missing.length > 0) {
        this.errors.push({
          message: `Field '${selection.name}' is missing required arguments: ${missing.join(', ')}`,
          locations: [selection.loc],
          path: here,
          extensions: { code: 'missingRequiredArguments', className: 'Field', name: selection.name, arguments: missing.join(', ') },
        });
      }
      this.validateVariables(Object.values(selection.args), declared, here, selection.loc);
      const returns = namedType(parseTypeText(spec.type));
      const isObject = returns in this.schema.objects;
      if (isObject && !selection.selections) {
        this.errors.push({
          message: `Field must have selections (field '${selection.name}' returns ${returns} but has no selections. Did you mean '${selection.name} { ... }'?)`,
          locations: [selection.loc],
          path: here,
          extensions: { code: 'selectionMismatch', nodeName: `field '${selection.name}'`, typeName: returns },
        });
      } else if (!isObject && selection.selections) {
        this.errors.push({
          message: `Selections can't be made on scalars (field '${selection.name}' returns ${returns} but has selections [${selection.selections.map((s) => (s.kind === 'Field' ? s.name : '...')).join(', ')}])`,
          locations: [selection.loc],
          path: here,
          extensions: { code: 'selectionMismatch', nodeName: `field '${selection.name}'`, typeName: returns },
        });
      } else if (isObject && selection.selections) {
        this.validate(selection.selections, returns, here, declared, seenFragments);
      }
    }
  }

  private sameType(condition: string, typeName: string, loc: Location, path: string[], shown: string): boolean {
    if (condition === typeName) return true;
    const known = condition in this.schema.objects;
    this.errors.push({
      message: known ? `Fragment on ${condition} can't be spread inside ${typeName}` : `No such type ${condition}, so it can't be a fragment condition`,
      locations: [loc],
      path: [...path, shown],
      extensions: known ? { code: 'cannotSpreadFragment', typeName: condition, parentName: typeName } : { code: 'undefinedType', typeName: condition },
    });
    return false;
  }

  private validateVariables(values: Value[], declared: Set<string>, path: string[], loc: Location): void {
    for (const value of values) {
      if (value.kind === 'Variable' && !declared.has(value.name)) {
        this.errors.push({ message: `Variable $${value.name} is used by ${path[path.length - 1]} but not declared`, locations: [loc], path, extensions: { code: 'variableNotDefined', variableName: value.name } });
      } else if (value.kind === 'List') this.validateVariables(value.values, declared, path, loc);
      else if (value.kind === 'Object') this.validateVariables(Object.values(value.fields), declared, path, loc);
    }
  }

  // ---- input values ----

  /** Why `value` is not a valid input of `type`, or undefined when it is. */
  private checkInput(value: unknown, type: TypeRef): string | undefined {
    if (type.kind === 'NonNull') return value === undefined || value === null ? 'Expected value to not be null' : this.checkInput(value, type.of);
    if (value === undefined || value === null) return undefined;
    if (type.kind === 'List') {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        const problem = this.checkInput(item, type.of);
        if (problem) return problem;
      }
      return undefined;
    }
    const name = type.name;
    const enumValues = this.schema.enums[name];
    if (enumValues) return typeof value === 'string' && enumValues.includes(value) ? undefined : `Expected "${String(value)}" to be one of: ${enumValues.join(', ')}`;
    const fields = this.schema.inputs[name];
    if (fields) {
      if (typeof value !== 'object' || Array.isArray(value)) return `Expected value to be an object for ${name}`;
      for (const key of Object.keys(value)) if (!(key in fields)) return `Field is not defined on ${name}: ${key}`;
      for (const [key, fieldType] of Object.entries(fields)) {
        const problem = this.checkInput((value as Record<string, unknown>)[key], parseTypeText(fieldType));
        if (problem) return problem;
      }
      return undefined;
    }
    if (name === 'Int') return Number.isInteger(value) ? undefined : `Could not coerce value ${JSON.stringify(value)} to Int`;
    if (name === 'Float') return typeof value === 'number' ? undefined : `Could not coerce value ${JSON.stringify(value)} to Float`;
    if (name === 'Boolean') return typeof value === 'boolean' ? undefined : `Could not coerce value ${JSON.stringify(value)} to Boolean`;
    if (SCALARS.has(name)) return typeof value === 'string' || (name === 'ID' && typeof value === 'number') ? undefined : `Could not coerce value ${JSON.stringify(value)} to ${name}`;
    return `Unknown input type ${name}`;
  }

  /** The JS value of a literal (or variable), typed by `type` for lists given as one value. */
  private literal(value: Value, type: TypeRef): unknown {
    const inner = type.kind === 'NonNull' ? type.of : type;
    switch (value.kind) {
      case 'Variable':
        return this.variables[value.name];
      case 'Null':
        return null;
      case 'List':
        return value.values.map((item) => this.literal(item, inner.kind === 'List' ? inner.of : inner));
      case 'Object': {
        const fields = inner.kind === 'Named' ? (this.schema.inputs[inner.name] ?? {}) : {};
        return Object.fromEntries(Object.entries(value.fields).map(([key, field]) => [key, this.literal(field, parseTypeText(fields[key] ?? 'String'))]));
      }
      case 'Enum':
      case 'String':
      case 'Int':
      case 'Float':
      case 'Boolean':
        return inner.kind === 'List' ? [value.value] : value.value;
    }
  }

  private arguments(spec: FieldSpec<Context>, given: Record<string, Value>, fieldName: string): Record<string, unknown> {
    const args: Record<string, unknown> = {};
    for (const [name, literal] of Object.entries(given)) {
      const type = parseTypeText(spec.args?.[name] ?? 'String');
      const value = this.literal(literal, type);
      if (value === undefined) continue;
      const problem = this.checkInput(value, type);
      if (problem) {
        throw new FieldError(`Argument '${name}' on Field '${fieldName}' has an invalid value (${JSON.stringify(value)}). Expected type '${printType(type)}'.`);
      }
      args[name] = value;
    }
    return args;
  }

  // ---- execution ----

  private included(selection: Selection): boolean {
    for (const directive of selection.directives) {
      const condition = directive.args.if ? this.literal(directive.args.if, { kind: 'Named', name: 'Boolean' }) : undefined;
      if (directive.name === 'skip' && condition === true) return false;
      if (directive.name === 'include' && condition === false) return false;
    }
    return true;
  }

  /** The fields to resolve, with fragments flattened in document order. */
  private collect(selections: Selection[], out: Extract<Selection, { kind: 'Field' }>[] = []): Extract<Selection, { kind: 'Field' }>[] {
    for (const selection of selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === 'Field') out.push(selection);
      else if (selection.kind === 'InlineFragment') this.collect(selection.selections, out);
      else this.collect(this.document.fragments.get(selection.name)?.selections ?? [], out);
    }
    return out;
  }

  private selectionSet(selections: Selection[], typeName: string, parent: unknown, path: (string | number)[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (const field of this.collect(selections)) {
      const key = field.alias ?? field.name;
      const here = [...path, key];
      if (field.name === '__typename') {
        result[key] = typeName;
        continue;
      }
      const spec = this.fieldSpec(typeName, field.name)!;
      const type = parseTypeText(spec.type);
      let value: unknown;
      try {
        const args = this.arguments(spec, field.args, field.name);
        value = spec.resolve ? spec.resolve(parent, args, this.context) : (parent as Record<string, unknown> | null)?.[field.name];
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        this.errors.push({ ...(error.type ? { type: error.type } : {}), path: here, locations: [field.loc], message: error.message });
        value = null;
        if (type.kind === 'NonNull') throw new NullBubble();
      }
      result[key] = this.complete(value, type, field, here, `${typeName}.${field.name}`);
    }
    return result;
  }

  private complete(value: unknown, type: TypeRef, field: Extract<Selection, { kind: 'Field' }>, path: (string | number)[], where: string): unknown {
    if (type.kind === 'NonNull') {
      if (value === null || value === undefined) {
        this.errors.push({ message: `Cannot return null for non-nullable field ${where}`, path, locations: [field.loc] });
        throw new NullBubble();
      }
      return this.complete(value, type.of, field, path, where);
    }
    if (value === null || value === undefined) return null;
    try {
      if (type.kind === 'List') {
        return (value as unknown[]).map((item, index) => this.complete(item, type.of, field, [...path, index], where));
      }
      if (type.name in this.schema.objects) return this.selectionSet(field.selections ?? [], type.name, value, path);
      return value;
    } catch (error) {
      // A nullable position absorbs a null from below.
      if (error instanceof NullBubble) return null;
      throw error;
    }
  }
}
