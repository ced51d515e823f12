import { describe, expect, it } from 'vitest';
import { entityProfileFrom } from './entity_profile';

describe('entity profile', () => {
  it('reads every {total, values} list whatever its name, and what each value carries', () => {
    const profile = entityProfileFrom({
      kind: 'user',
      name: 'alice',
      model_set: 'default',
      profile_version: 'run-1',
      known: true,
      sources: { total: 3, values: [{ value: 'ws-01', count: 40 }, { name: 'ws-02', logins: 2, first_seen: '2026-11-02' }] },
      countries: { total: 1, values: ['FR'] },
      destinations: [{ key: 'dc-01', doc_count: 12 }],
      hours: { total: 24, values: [0, 0, 0, 0, 0, 0, 0, 1, 9, 12, 8, 6, 5, 7, 9, 8, 4, 1, 0, 0, 0, 0, 0, 0] },
      logins: 42,
    });
    expect(profile).toMatchObject({ kind: 'user', name: 'alice', known: true, profile_version: 'run-1' });
    expect(profile.lists.map((list) => [list.name, list.total, list.values.map((value) => [value.label, value.count])])).toEqual([
      ['sources', 3, [['ws-01', 40], ['ws-02', 2]]],
      ['countries', 1, [['FR', null]]],
      ['destinations', null, [['dc-01', 12]]],
    ]);
    expect(profile.lists[0].values[1].detail).toBe('first seen: 2026-11-02');
    expect(profile.hours?.[9]).toBe(12);
    expect(profile.facts).toEqual([{ name: 'logins', value: '42' }]);
  });

  it('reads hours given as a list of hours with counts', () => {
    const profile = entityProfileFrom({ usual_hours: { values: [{ hour: 9, count: 3 }, { hour: 23, count: 1 }] } });
    expect(profile.hours?.[9]).toBe(3);
    expect(profile.hours?.[23]).toBe(1);
    expect(profile.lists).toEqual([]);
  });

  it('makes an empty profile of an answer that is not one', () => {
    expect(entityProfileFrom('nothing')).toMatchObject({ kind: null, known: null, lists: [], hours: null, facts: [] });
  });
});
