// A small JSON Schema checker for the keywords that z.toJSONSchema emits for the record schema (no JSON Schema
// validator is installed). It refuses any keyword it does not know, so the schema cannot outgrow it unnoticed.
type Schema = Record<string, unknown>;

const annotations = new Set(['$schema', 'title', 'description', 'examples']);
const understood = new Set([
  ...annotations,
  'type',
  'const',
  'enum',
  'pattern',
  'anyOf',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minimum',
  'maximum',
  'exclusiveMinimum',
]);

/** Keywords in the schema (at any depth) that this checker does not implement. */
export function unknownKeywords(schema: unknown, path = '#'): string[] {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (!understood.has(key)) found.push(`${path}/${key}`);
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, child] of Object.entries(value as Schema)) found.push(...unknownKeywords(child, `${path}/properties/${name}`));
    } else if (key === 'anyOf' && Array.isArray(value)) {
      value.forEach((child, index) => found.push(...unknownKeywords(child, `${path}/anyOf/${index}`)));
    } else if (key === 'items' || key === 'propertyNames' || (key === 'additionalProperties' && typeof value === 'object')) {
      found.push(...unknownKeywords(value, `${path}/${key}`));
    }
  }
  return found;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** Every violation of the schema by the value, as "path: problem" strings (empty when valid). */
export function validate(schema: unknown, value: unknown, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const s = schema as Schema;
  const errors: string[] = [];
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((type) => matchesType(value, type))) return [`${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if ('const' in s && value !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if (typeof s.pattern === 'string' && typeof value === 'string' && !new RegExp(s.pattern, 'u').test(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} does not match ${s.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: below ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: above ${s.maximum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) errors.push(`${path}: not above ${s.exclusiveMinimum}`);
  }
  if (Array.isArray(s.anyOf) && !s.anyOf.some((option) => validate(option, value, path).length === 0)) {
    errors.push(`${path}: matches none of the anyOf options`);
  }
  if (Array.isArray(value) && s.items !== undefined) value.forEach((item, index) => errors.push(...validate(s.items, item, `${path}[${index}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Schema;
    for (const name of (s.required ?? []) as string[]) if (!(name in object)) errors.push(`${path}.${name}: required`);
    for (const [name, child] of Object.entries(object)) {
      if (s.propertyNames !== undefined) errors.push(...validate(s.propertyNames, name, `${path}{${name}}`));
      if (name in properties) errors.push(...validate(properties[name], child, `${path}.${name}`));
      else if (s.additionalProperties !== undefined) errors.push(...validate(s.additionalProperties, child, `${path}.${name}`));
    }
  }
  return errors;
}
