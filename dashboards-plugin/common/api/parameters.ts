/**
 * Validation of the parameters of /api/ueba/* requests. The browser's client and both servers use
 * these, so a bad value is refused with the same message wherever it is caught: a 400 naming the
 * parameter, as the UEBA REST API itself does (`[max_edges] must be between 1 and 5000, got [0]`).
 */

export type RawParameters = Readonly<Record<string, unknown>>;

export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    problem: string
  ) {
    super(`[${parameter}] ${problem}`);
    this.name = 'ParameterError';
  }
}

const MAX_TEXT_LENGTH = 1024;

function raw(parameters: RawParameters, name: string): string | undefined {
  const value = parameters[name];
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  if (Array.isArray(value)) {
    throw new ParameterError(name, 'must be given once');
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new ParameterError(name, 'must be a single value');
  }
  return String(value);
}

function quoted(value: string): string {
  return value.length > 64 ? `[${value.slice(0, 64)}…]` : `[${value}]`;
}

export function text(parameters: RawParameters, name: string): string | undefined {
  const value = raw(parameters, name)?.trim();
  if (value === undefined || value === '') {
    return undefined;
  }
  if (value.length > MAX_TEXT_LENGTH) {
    throw new ParameterError(name, `must be at most ${MAX_TEXT_LENGTH} characters`);
  }
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    throw new ParameterError(name, 'must not contain control characters');
  }
  return value;
}

export function requiredText(parameters: RawParameters, name: string): string {
  const value = text(parameters, name);
  if (value === undefined) {
    throw new ParameterError(name, 'is required');
  }
  return value;
}

export function integer(
  parameters: RawParameters,
  name: string,
  bounds: { min: number; max: number; fallback: number }
): number {
  const value = raw(parameters, name);
  if (value === undefined) {
    return bounds.fallback;
  }
  if (!/^-?\d+$/.test(value.trim())) {
    throw new ParameterError(name, `must be a whole number, got ${quoted(value)}`);
  }
  const parsed = Number(value);
  if (parsed < bounds.min || parsed > bounds.max) {
    throw new ParameterError(name, `must be between ${bounds.min} and ${bounds.max}, got ${quoted(value)}`);
  }
  return parsed;
}

export function decimal(
  parameters: RawParameters,
  name: string,
  bounds: { min: number; max: number }
): number | undefined {
  const value = raw(parameters, name);
  if (value === undefined) {
    return undefined;
  }
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) {
    throw new ParameterError(name, `must be a number, got ${quoted(value)}`);
  }
  if (parsed < bounds.min || parsed > bounds.max) {
    throw new ParameterError(name, `must be between ${bounds.min} and ${bounds.max}, got ${quoted(value)}`);
  }
  return parsed;
}

export function oneOf<T extends string>(
  parameters: RawParameters,
  name: string,
  values: readonly T[],
  fallback: T
): T;
export function oneOf<T extends string>(
  parameters: RawParameters,
  name: string,
  values: readonly T[]
): T | undefined;
export function oneOf<T extends string>(
  parameters: RawParameters,
  name: string,
  values: readonly T[],
  fallback?: T
): T | undefined {
  const value = raw(parameters, name);
  if (value === undefined) {
    return fallback;
  }
  if (!(values as readonly string[]).includes(value)) {
    throw new ParameterError(name, `must be one of ${values.join(', ')}, got ${quoted(value)}`);
  }
  return value as T;
}

export function flag(parameters: RawParameters, name: string): boolean | undefined {
  const value = oneOf(parameters, name, ['true', 'false'] as const);
  return value === undefined ? undefined : value === 'true';
}

/** Date math as OpenSearch reads it: `now`, `now-7d`, `now-1d/d`, `2026-11-02||+1M`. */
const DATE_MATH = /^(now|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?\|\|)([+-]\d+[yMwdhHms])*(\/[yMwdhHms])?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const EPOCH_MILLIS = /^\d{1,15}$/;

export function isTime(value: string): boolean {
  if (DATE_MATH.test(value) || EPOCH_MILLIS.test(value)) {
    return true;
  }
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

export function time(parameters: RawParameters, name: string, fallback: string): string {
  const value = raw(parameters, name)?.trim();
  if (value === undefined || value === '') {
    return fallback;
  }
  if (!isTime(value)) {
    throw new ParameterError(
      name,
      `is not a date, epoch milliseconds or date math like now-7d: ${quoted(value)}`
    );
  }
  return value;
}

/**
 * The login indices a request may read: a comma-separated list of `logins-*` names and patterns.
 * Anything else (another index, a remote cluster, an exclusion) is refused, so the browser cannot
 * turn these routes into a search of arbitrary indices.
 */
const LOGIN_INDEX = /^logins-[a-z0-9_.*+-]*$/;

export function loginIndices(parameters: RawParameters, name = 'index'): string {
  const value = raw(parameters, name)?.trim() ?? 'logins-*';
  const parts = value.split(',').map((part) => part.trim());
  for (const part of parts) {
    if (!LOGIN_INDEX.test(part)) {
      throw new ParameterError(
        name,
        `must name login indices (logins-…, wildcards allowed), got ${quoted(part)}`
      );
    }
  }
  return parts.join(',');
}

/** A job id or model set name follows the rules of an index name (see the README's Jobs). */
/**
 * A document field's path, as the plugin's `relation_field` takes one (`ssh.client`): names of
 * letters, digits, '_', '-' or '@' joined by dots.
 */
export function fieldPath(parameters: RawParameters, name: string): string | undefined {
  const value = text(parameters, name);
  if (value !== undefined && (value.length > MAX_FIELD_PATH_LENGTH || !FIELD_PATH.test(value))) {
    throw new ParameterError(
      name,
      `must be a field's path: names of letters, digits, '_', '-' or '@' joined by dots, at most ${MAX_FIELD_PATH_LENGTH} characters, got ${quoted(value)}`
    );
  }
  return value;
}

const FIELD_PATH = /^[A-Za-z0-9_@-]+(\.[A-Za-z0-9_@-]+)*$/;
const MAX_FIELD_PATH_LENGTH = 256;

export function indexLikeName(parameters: RawParameters, name: string): string {
  const value = requiredText(parameters, name);
  if (
    value !== value.toLowerCase() ||
    /[\\/*?"<>|,# :]/.test(value) ||
    /^[_+-]/.test(value) ||
    value === '.' ||
    value === '..' ||
    new TextEncoder().encode(value).length > 255
  ) {
    throw new ParameterError(name, `is not a valid name: ${quoted(value)}`);
  }
  return value;
}

export function optionalIndexLikeName(parameters: RawParameters, name: string): string | undefined {
  return raw(parameters, name) === undefined ? undefined : indexLikeName(parameters, name);
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]+(%\w+)?$/;

export function isIp(value: string): boolean {
  return IPV4.test(value) || (value.includes(':') && IPV6.test(value) && value.split(':').length <= 8);
}
