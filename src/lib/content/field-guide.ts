/**
 * The field guide for maintainers (docs/field-guide.md), generated from the content schemas: every
 * collection, every field, whether it is required, the values it allows, what it is (the schema's
 * `.describe()` text, the same text editors show on hover) and an example from the real content.
 * It reads the JSON Schema Zod produces, as Astro does for the editor schemas, so the guide and
 * the hovers cannot disagree. Pure: it takes the schemas and the entries' data.
 */
import { z } from 'astro/zod';

/** The part of JSON Schema that z.toJSONSchema writes for these schemas. */
export interface JsonSchema {
  type?: string | string[];
  description?: string | undefined;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

export interface GuideCollection {
  /** The collection's name, e.g. "claims". */
  name: string;
  /** Where its entries are written, e.g. "content/claims/<id>.yaml". */
  where: string;
  schema: z.ZodType;
  /** The entries' data as written in the files (before defaults), for the examples. */
  entries: readonly unknown[];
}

export interface FieldRow {
  /** The field's path, e.g. "reports[].source". */
  field: string;
  /** "yes", "no", or the variants that require it, e.g. "when test is approx, ratio". */
  required: string;
  allowed: string;
  description: string | undefined;
  /** A value from the content, or undefined when no entry has one. */
  example: unknown;
}

/** The JSON Schema of a content schema as editors get it: the input shape, as Astro writes it. */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

const quoted = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** The schema without a `null` alternative, and whether it had one. */
function withoutNull(node: JsonSchema): { node: JsonSchema; nullable: boolean } {
  if (Array.isArray(node.type)) {
    const types = node.type.filter((type) => type !== 'null');
    return { node: { ...node, type: types.length === 1 ? (types[0] ?? types) : types }, nullable: types.length < node.type.length };
  }
  const alternatives = node.anyOf;
  const inner = alternatives?.filter((alternative) => alternative.type !== 'null');
  if (!alternatives || inner?.length !== 1 || inner.length === alternatives.length) return { node, nullable: false };
  return { node: { ...inner[0], description: node.description ?? inner[0]?.description }, nullable: true };
}

/** The variants of a union of objects told apart by one field with a fixed value (`type`, `test`). */
function variantsOf(node: JsonSchema): { key: string; variants: { value: unknown; schema: JsonSchema }[] } | undefined {
  const options = node.oneOf ?? node.anyOf;
  if (!options?.every((option) => option.properties)) return undefined;
  const key = Object.keys(options[0]?.properties ?? {}).find((name) => options.every((option) => option.properties?.[name]?.const !== undefined));
  return key ? { key, variants: options.map((option) => ({ value: option.properties?.[key]?.const, schema: option })) } : undefined;
}

/** "3 to 7 items", "at least 1 item", "at least 0"; Zod's safe-integer limits on whole numbers say nothing to an editor. */
function bounds(low: number | undefined, high: number | undefined, unit = ''): string {
  const shown = (bound: number | undefined) => (bound === undefined || Math.abs(bound) === Number.MAX_SAFE_INTEGER ? undefined : bound);
  const [from, to] = [shown(low), shown(high)];
  const units = (count: number) => (unit ? ` ${unit}${count === 1 ? '' : 's'}` : '');
  if (from !== undefined && to !== undefined) return `${from} to ${to}${units(to)}`;
  if (from !== undefined) return `at least ${from}${units(from)}`;
  if (to !== undefined) return `at most ${to}${units(to)}`;
  return '';
}

/** What a field allows, in plain words. */
export function allowedValues(schema: JsonSchema): string {
  const { node, nullable } = withoutNull(schema);
  const orNull = nullable ? ', or null' : '';
  const withDefault = node.default !== undefined ? ` (default ${JSON.stringify(node.default)})` : '';
  if (node.const !== undefined) return `exactly ${quoted(node.const)}`;
  if (node.enum) return `one of ${node.enum.map(quoted).join(', ')}${orNull}${withDefault}`;
  switch (node.type) {
    case 'string': {
      const form = node.format === 'uri' ? 'a full address (URL)' : node.pattern ? `text matching \`${node.pattern}\`` : 'text';
      const length = node.maxLength !== undefined ? `, at most ${node.maxLength} characters` : '';
      return `${form}${length}${orNull}${withDefault}`;
    }
    case 'number':
    case 'integer': {
      const range = bounds(node.minimum, node.maximum);
      return `${node.type === 'integer' ? 'a whole number' : 'a number'}${range ? ` (${range})` : ''}${orNull}${withDefault}`;
    }
    case 'boolean':
      return `true or false${orNull}`;
    case 'array': {
      const items = node.items ? allowedValues(node.items) : 'anything';
      const count = bounds(node.minItems, node.maxItems, 'item');
      const of = node.items?.type === 'object' ? 'entries with the fields below' : items.replace(/^a (whole )?number/, (_, whole: string | undefined) => `${whole ?? ''}numbers`);
      return `a list of ${of}${count ? `, ${count}` : ''}${orNull}${withDefault}`;
    }
    case 'object':
      return `the fields below${orNull}`;
    default: {
      const union = variantsOf(node);
      if (union) return `fields that depend on \`${union.key}\` (below)${orNull}`;
      const options = node.anyOf ?? node.oneOf;
      if (options) return `${options.map(allowedValues).join('; or ')}${orNull}`;
      return `see the description${orNull}`;
    }
  }
}

/** The values found at `path` (["reports", "[]", "source"]) in the entries, in order. */
function valuesAt(entries: readonly unknown[], path: readonly string[]): unknown[] {
  let values: unknown[] = [...entries];
  for (const key of path) {
    values = values.flatMap((value) => {
      if (key === '[]') return Array.isArray(value) ? value : [];
      return value !== null && typeof value === 'object' && !Array.isArray(value) && key in value ? [(value as Record<string, unknown>)[key]] : [];
    });
  }
  return values;
}

/** The first value a real entry gives, preferring one that is set over a null. */
function exampleAt(entries: readonly unknown[], path: readonly string[]): unknown {
  const values = valuesAt(entries, path).filter((value) => value !== undefined);
  return values.find((value) => value !== null && !(Array.isArray(value) && value.length === 0)) ?? values[0];
}

/** One row per field of an object schema, its nested fields after it. */
function objectRows(node: JsonSchema, entries: readonly unknown[], path: readonly string[], required: (name: string) => string): FieldRow[] {
  return Object.entries(node.properties ?? {}).flatMap(([name, property]) => {
    if (name === '$schema') return [];
    const fieldPath = [...path, name];
    const row: FieldRow = {
      field: fieldName(fieldPath),
      required: required(name),
      allowed: allowedValues(property),
      description: property.description,
      example: exampleAt(entries, fieldPath),
    };
    return [row, ...nestedRows(property, entries, fieldPath)];
  });
}

const fieldName = (path: readonly string[]) => path.join('.').replaceAll('.[]', '[]');

/** The rows inside a field: an object's fields, a list's entries' fields, a union's variants' fields. */
function nestedRows(schema: JsonSchema, entries: readonly unknown[], path: readonly string[]): FieldRow[] {
  const { node } = withoutNull(schema);
  if (node.type === 'object') return objectRows(node, entries, path, (name) => (node.required?.includes(name) ? 'yes' : 'no'));
  if (node.type === 'array' && node.items) return nestedRows(node.items, entries, [...path, '[]']);
  const union = variantsOf(node);
  return union ? unionRows(union, entries, path) : [];
}

/**
 * The fields of a union of objects (a chart's `type`, a data check's `test`), once each: a field
 * that only some variants have, or only some require, says which; the field that tells the
 * variants apart lists each value with its description.
 */
function unionRows(union: NonNullable<ReturnType<typeof variantsOf>>, entries: readonly unknown[], path: readonly string[]): FieldRow[] {
  const merged = new Map<string, { row: FieldRow; present: unknown[]; requiredIn: unknown[]; meanings: string[] }>();
  for (const { value, schema } of union.variants) {
    const ofVariant = entries.filter((entry) => valuesAt([entry], [...path, union.key])[0] === value);
    for (const row of objectRows(schema, ofVariant, path, (name) => (schema.required?.includes(name) ? 'yes' : 'no'))) {
      const variantKey = row.field === fieldName([...path, union.key]) ? row.field : `${row.field}\u0000${row.allowed}\u0000${row.description ?? ''}`;
      const seen = merged.get(variantKey) ?? { row, present: [], requiredIn: [], meanings: [] };
      seen.present.push(value);
      if (row.required === 'yes') seen.requiredIn.push(value);
      seen.meanings.push(`${quoted(value)}: ${row.description ?? ''}`);
      seen.row.example ??= row.example;
      merged.set(variantKey, seen);
    }
  }
  const when = (values: unknown[]) => `when ${union.key} is ${values.map(quoted).join(', ')}`;
  return [...merged.values()].map(({ row, present, requiredIn, meanings }) => {
    if (row.field === fieldName([...path, union.key])) {
      return { ...row, required: 'yes', allowed: `one of ${present.map(quoted).join(', ')}`, description: meanings.join(' ') };
    }
    const required = requiredIn.length === 0 ? 'no' : requiredIn.length === present.length ? 'yes' : when(requiredIn);
    // Said on the variant's own fields; the fields inside them follow their group.
    const topLevel = !row.field.slice(fieldName(path).length).replace(/^\./, '').match(/[.[]/);
    const only = topLevel && present.length < union.variants.length ? `Only ${when(present)}. ` : '';
    return { ...row, required, description: row.description && `${only}${row.description}` };
  });
}

/** Every field of a JSON Schema, top-level fields first, each followed by the fields inside it. */
export const rowsOf = (schema: JsonSchema, entries: readonly unknown[] = []): FieldRow[] => nestedRows(schema, entries, []);

/** Every field of a collection, with examples from its entries. */
export const fieldRows = (collection: GuideCollection): FieldRow[] => rowsOf(jsonSchemaOf(collection.schema), collection.entries);

/** Fields without a description (no hover text, an empty line in the guide), as "collection field". */
export function undescribedFields(collections: readonly GuideCollection[]): string[] {
  return collections.flatMap((collection) => fieldRows(collection).filter((row) => !row.description).map((row) => `${collection.name} ${row.field}`));
}

/** A value as a short line of YAML-like text for the example column. */
function exampleText(value: unknown): string {
  if (value === undefined) return '(none in the content yet)';
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return '(see the fields below)';
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) return '(see the fields below)';
  const text = Array.isArray(value) ? `[${value.map((item) => quoted(item)).join(', ')}]` : value === null ? 'null' : quoted(value);
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/** Markdown table cells: pipes escaped, lines joined. */
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (text: string) => (text.includes('`') ? cell(text) : `\`${cell(text)}\``);

/** The whole guide, as Markdown. */
export function fieldGuide(collections: readonly GuideCollection[], generator: string): string {
  const sections = collections.map((collection) => {
    const rows = fieldRows(collection);
    const intro = jsonSchemaOf(collection.schema).description;
    return [
      `## ${collection.name}`,
      '',
      `${collection.where}${intro ? `: ${intro}` : ''}`,
      '',
      '| Field | Required | Allowed values | What it is | Example |',
      '|---|---|---|---|---|',
      ...rows.map((row) => `| \`${cell(row.field)}\` | ${cell(row.required)} | ${cell(row.allowed)} | ${cell(row.description ?? '')} | ${code(exampleText(row.example))} |`),
    ].join('\n');
  });
  return [
    '# Field guide',
    '',
    `Generated by \`${generator}\` from the schemas (src/lib/content/schemas.ts and src/lib/charts/*/schema.ts); do not edit it by hand.`,
    'Each field\'s "What it is" is the text your editor shows when you hover the field. Examples are taken from the content.',
    'A field inside a list is written `list[].field`; "Required" inside a list or an optional group means required in each entry of it.',
    '',
    ...collections.map((collection) => `- [${collection.name}](#${collection.name})`),
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
