/**
 * The filters an analyst can put on the logins of `logins-*`, read from request parameters and
 * turned into an OpenSearch bool query. The browser never sends query DSL: only these parameters.
 */
import {
  ParameterError,
  RawParameters,
  decimal,
  fieldPath,
  flag,
  isIp,
  loginIndices,
  oneOf,
  text,
  time,
} from './parameters';
import { ENTITY_KINDS, EntityKind, MODEL_KINDS, ModelKind, OUTCOMES, Outcome } from './types';

export interface LoginFilters {
  index: string;
  from: string;
  to: string;
  min_score?: number;
  suspicious?: boolean;
  user?: string;
  source?: string;
  destination?: string;
  outcome?: Outcome;
  kind?: ModelKind;
  relation?: LoginRelation;
  entity?: { kind: EntityKind; name: string };
}

/**
 * A relation as the graph names it: `kerberos/network`, or with a `relation_field` the field's
 * value after them (`ssh/network/ssh-2.0-openssh_9.6`), `unknown` where the log does not say.
 */
export interface LoginRelation {
  auth_package: string;
  logon_type: string;
  field?: { path: string; value: string };
}

export const DEFAULT_FROM = 'now-7d';
export const DEFAULT_TO = 'now';

export function readLoginFilters(parameters: RawParameters): LoginFilters {
  const filters: LoginFilters = {
    index: loginIndices(parameters),
    from: time(parameters, 'from', DEFAULT_FROM),
    to: time(parameters, 'to', DEFAULT_TO),
    min_score: decimal(parameters, 'min_score', { min: 0, max: 1e9 }),
    suspicious: flag(parameters, 'suspicious'),
    user: text(parameters, 'user'),
    source: text(parameters, 'source'),
    destination: text(parameters, 'destination'),
    outcome: oneOf(parameters, 'outcome', OUTCOMES),
    kind: oneOf(parameters, 'kind', MODEL_KINDS),
  };
  const relation = text(parameters, 'relation');
  const relationField = fieldPath(parameters, 'relation_field');
  if (relation !== undefined) {
    filters.relation = readRelation(relation, relationField);
  } else if (relationField !== undefined) {
    throw new ParameterError('relation_field', 'must be given with [relation]');
  }
  const entityKind = oneOf(parameters, 'entity_kind', ENTITY_KINDS);
  const entity = text(parameters, 'entity');
  if ((entityKind === undefined) !== (entity === undefined)) {
    throw new ParameterError(
      entityKind === undefined ? 'entity_kind' : 'entity',
      'must be given with ' + (entityKind === undefined ? '[entity]' : '[entity_kind]')
    );
  }
  if (entityKind !== undefined && entity !== undefined) {
    if (entityKind === 'ip' && !isIp(entity)) {
      throw new ParameterError('entity', `is not an IP address: [${entity}]`);
    }
    filters.entity = { kind: entityKind, name: entity };
  }
  return withoutUndefined(filters);
}

function readRelation(relation: string, fieldPath: string | undefined): LoginRelation {
  const [authPackage, logonType, ...rest] = relation.split('/');
  // a field's value may hold slashes of its own: everything after the logon type is the value
  const fieldValue = rest.join('/');
  if (fieldPath === undefined) {
    if (!authPackage || !logonType || rest.length > 0) {
      throw new ParameterError('relation', `must be <auth package>/<logon type>, got [${relation}]`);
    }
    return { auth_package: authPackage, logon_type: logonType };
  }
  if (!authPackage || !logonType || !fieldValue) {
    throw new ParameterError(
      'relation',
      `must be <auth package>/<logon type>/<value of ${fieldPath}> with [relation_field], got [${relation}]`
    );
  }
  return { auth_package: authPackage, logon_type: logonType, field: { path: fieldPath, value: fieldValue } };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

type Query = Record<string, unknown>;

function term(field: string, value: string): Query {
  return { term: { [field]: { value, case_insensitive: true } } };
}

function ipTerm(field: string, value: string): Query {
  return { term: { [field]: value } };
}

function anyOf(queries: Query[]): Query {
  return queries.length === 1 ? queries[0] : { bool: { should: queries, minimum_should_match: 1 } };
}

/** A side of a relation the log does not say is named `unknown`, as the graph names it. */
function relationSide(field: string, value: string): Query {
  return value.toLowerCase() === 'unknown'
    ? { bool: { must_not: { exists: { field } } } }
    : term(field, value);
}

/**
 * A user as the models name one (`alice`) also matches the forms logs write (`CORP\alice`,
 * `alice@corp`), since the graph and the entity profile know users by the normalized name.
 */
function userQuery(name: string): Query {
  const escaped = name.replace(/[\\*?]/g, (c) => `\\${c}`);
  return anyOf([
    term('user.name', name),
    { wildcard: { 'user.name': { value: `*\\\\${escaped}`, case_insensitive: true } } },
    { wildcard: { 'user.name': { value: `${escaped}@*`, case_insensitive: true } } },
  ]);
}

function sourceQuery(name: string): Query {
  return anyOf(
    isIp(name) ? [term('source.address', name), ipTerm('source.ip', name)] : [term('source.address', name)]
  );
}

function destinationQuery(name: string): Query {
  const names = [term('destination.address', name), term('host.name', name)];
  return anyOf(isIp(name) ? [...names, ipTerm('destination.ip', name)] : names);
}

function entityQuery(entity: { kind: EntityKind; name: string }): Query {
  switch (entity.kind) {
    case 'user':
      return userQuery(entity.name);
    case 'ip':
      return anyOf([ipTerm('source.ip', entity.name), ipTerm('destination.ip', entity.name)]);
    case 'host':
      return anyOf([
        term('source.address', entity.name),
        term('destination.address', entity.name),
        term('host.name', entity.name),
      ]);
  }
}

export function loginQuery(filters: LoginFilters): Query {
  const filter: Query[] = [
    {
      range: {
        '@timestamp': {
          gte: filters.from,
          lt: filters.to,
          format: 'strict_date_optional_time||epoch_millis',
        },
      },
    },
  ];
  if (filters.min_score !== undefined && filters.min_score > 0) {
    filter.push({ range: { 'ueba.score': { gte: filters.min_score } } });
  }
  if (filters.suspicious !== undefined) {
    filter.push({ term: { 'ueba.suspicious': filters.suspicious } });
  }
  if (filters.user) filter.push(userQuery(filters.user));
  if (filters.source) filter.push(sourceQuery(filters.source));
  if (filters.destination) filter.push(destinationQuery(filters.destination));
  if (filters.outcome) filter.push(term('event.outcome', filters.outcome));
  if (filters.kind) filter.push({ range: { [`ueba.scores.${filters.kind}`]: { gte: 1 } } });
  if (filters.relation) {
    filter.push(relationSide('login.auth_package', filters.relation.auth_package));
    filter.push(relationSide('login.logon_type', filters.relation.logon_type));
    if (filters.relation.field) {
      filter.push(relationSide(filters.relation.field.path, filters.relation.field.value));
    }
  }
  if (filters.entity) filter.push(entityQuery(filters.entity));
  return { bool: { filter } };
}
