/** The subset of an OpenAPI 3.0 schema the ledger's document uses. */
export interface Schema {
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly type?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly additionalProperties?: boolean | Schema;
}

/** The part of the document schemas are resolved in. */
export interface SchemaDocument {
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

/**
 * Where a value departs from a schema of the document: the subset of OpenAPI 3.0 schemas the
 * ledger's document uses ($ref, allOf, oneOf, type, nullable, enum, properties, required, items,
 * additionalProperties). Strict about objects: a property the schema does not name is a departure
 * (unless it allows additional properties), so the document cannot lag behind what is served.
 */
export function departuresFrom(document: SchemaDocument, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    return target === undefined
      ? [`${at}: unknown ${schema.$ref}`]
      : departuresFrom(document, target, value, at);
  }
  if (value === null) return schema.nullable === true ? [] : [`${at}: null, not nullable`];
  if (schema.allOf !== undefined) {
    return schema.allOf.flatMap((part) =>
      departuresFrom(document, { ...part, additionalProperties: true }, value, at),
    );
  }
  if (schema.oneOf !== undefined) {
    const fits = schema.oneOf.filter((part) => departuresFrom(document, part, value, at).length === 0).length;
    return fits === 1 ? [] : [`${at}: fits ${fits} of oneOf`];
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    return [`${at}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`];
  }
  switch (schema.type) {
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value === schema.type ? [] : [`${at}: ${typeof value}, not ${schema.type}`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: not an integer`];
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, index) =>
            departuresFrom(document, schema.items ?? {}, item, `${at}[${index}]`),
          )
        : [`${at}: not an array`];
    case 'object':
      return departuresFromObject(document, schema, value, at);
    default:
      return [];
  }
}

function departuresFromObject(
  document: SchemaDocument,
  schema: Schema,
  value: unknown,
  at: string,
): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: not an object`];
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const missing = (schema.required ?? [])
    .filter((name) => !(name in record))
    .map((name) => `${at}.${name}: required, missing`);
  const undocumented =
    schema.additionalProperties !== undefined && schema.additionalProperties !== false
      ? []
      : Object.keys(record)
          .filter((name) => !(name in properties))
          .map((name) => `${at}.${name}: served, not documented`);
  const wrong = Object.entries(properties).flatMap(([name, property]) =>
    name in record ? departuresFrom(document, property, record[name], `${at}.${name}`) : [],
  );
  return [...missing, ...undocumented, ...wrong];
}
