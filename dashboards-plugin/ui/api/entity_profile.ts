/**
 * An entity's profile from `GET /_plugins/_ueba/entities/{kind}/{name}`. The endpoint is young, so
 * this reads it by shape rather than by exact names: every `{"total", "values"}` object (or bare
 * list) is a list to show, a list of 24 numbers is a histogram of hours, and other scalars are facts.
 */
import { asArray, asNumber, asRecord, asString } from '../../common/api/json';

export interface ProfileValue {
  label: string;
  count: number | null;
  detail: string | null;
}

export interface ProfileList {
  name: string;
  total: number | null;
  values: ProfileValue[];
}

export interface EntityProfile {
  kind: string | null;
  name: string | null;
  model_set: string | null;
  profile_version: string | null;
  known: boolean | null;
  lists: ProfileList[];
  /** Logins by hour of the day (UTC), when the profile has them. */
  hours: number[] | null;
  facts: { name: string; value: string }[];
}

const LABEL_KEYS = ['value', 'name', 'key', 'id', 'entity', 'country', 'hour', 'label'];
const COUNT_KEYS = ['count', 'logins', 'doc_count', 'n', 'weight'];
const HEADER_KEYS = new Set(['kind', 'name', 'model_set', 'profile_version', 'known']);

function profileValue(item: unknown): ProfileValue | null {
  const scalar = asString(item);
  if (scalar !== null) {
    return { label: scalar, count: null, detail: null };
  }
  const record = asRecord(item);
  const labelKey = LABEL_KEYS.find((key) => asString(record[key]) !== null);
  if (labelKey === undefined) {
    return null;
  }
  const countKey = COUNT_KEYS.find((key) => asNumber(record[key]) !== null);
  const detail = Object.entries(record)
    .filter(([key, value]) => key !== labelKey && key !== countKey && asString(value) !== null)
    .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${asString(value)}`)
    .join(', ');
  return {
    label: asString(record[labelKey]) ?? '',
    count: countKey === undefined ? null : asNumber(record[countKey]),
    detail: detail === '' ? null : detail,
  };
}

function isHourHistogram(value: unknown): value is number[] {
  return Array.isArray(value) && value.length === 24 && value.every((v) => asNumber(v) !== null);
}

function hoursFrom(list: ProfileList): number[] | null {
  const hours = new Array<number>(24).fill(0);
  for (const value of list.values) {
    const hour = Number(value.label);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
      return null;
    }
    hours[hour] += value.count ?? 1;
  }
  return hours;
}

export function entityProfileFrom(body: unknown): EntityProfile {
  const record = asRecord(body);
  const profile: EntityProfile = {
    kind: asString(record.kind),
    name: asString(record.name),
    model_set: asString(record.model_set),
    profile_version: asString(record.profile_version),
    known: typeof record.known === 'boolean' ? record.known : null,
    lists: [],
    hours: null,
    facts: [],
  };
  for (const [key, value] of Object.entries(record)) {
    if (HEADER_KEYS.has(key)) {
      continue;
    }
    if (isHourHistogram(value)) {
      profile.hours = value;
      continue;
    }
    const nested = asRecord(value);
    if (Array.isArray(value) || Array.isArray(nested.values)) {
      const items = Array.isArray(value) ? value : asArray(nested.values);
      const list: ProfileList = {
        name: key,
        total: asNumber(nested.total),
        values: items.map(profileValue).filter((item): item is ProfileValue => item !== null),
      };
      if (isHourHistogram(nested.values)) {
        profile.hours = nested.values;
      } else if (/hour/.test(key) && profile.hours === null && hoursFrom(list) !== null) {
        profile.hours = hoursFrom(list);
      } else {
        profile.lists.push(list);
      }
      continue;
    }
    const scalar = asString(value);
    if (scalar !== null) {
      profile.facts.push({ name: key, value: scalar });
    }
  }
  return profile;
}
