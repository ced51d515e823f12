/** Defensive readers for JSON whose shape this code does not control (OpenSearch answers). */

export type JsonRecord = Record<string, unknown>;

export function asRecord(value: unknown): JsonRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function asString(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

export function asStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  return asArray(value)
    .map(asString)
    .filter((item): item is string => item !== null);
}

/** Reads `a.b.c` from nested objects, or from a dotted key as some shippers write them. */
export function pick(source: unknown, path: string): unknown {
  const record = asRecord(source);
  if (path in record) {
    return record[path];
  }
  const dot = path.indexOf('.');
  if (dot < 0) {
    return undefined;
  }
  for (let at = dot; at >= 0; at = path.indexOf('.', at + 1)) {
    const head = path.slice(0, at);
    if (head in record) {
      const found = pick(record[head], path.slice(at + 1));
      if (found !== undefined) {
        return found;
      }
    }
  }
  return undefined;
}
