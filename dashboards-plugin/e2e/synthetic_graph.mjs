// @ts-check
/**
 * A graph API answer of a synthetic company for the graph's stress test: communities of hosts
 * that log in among themselves, a few bridges between them, and a sprinkle of anomalous edges.
 * Deterministic: the same sizes give the same graph.
 */

/** @param {number} seed */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * @param {number} nodeCount
 * @param {number} edgeCount
 */
export function syntheticGraph(nodeCount, edgeCount) {
  const next = random(42);
  const community = 100;
  const names = Array.from({ length: nodeCount }, (_, i) => (i % 10 === 9 ? `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` : `host-${i}`));
  const seen = new Set();
  const edges = [];
  while (edges.length < edgeCount) {
    const source = Math.floor(next() * nodeCount);
    const bridge = next() < 0.03;
    const base = Math.floor(source / community) * community;
    const target = bridge ? Math.floor(next() * nodeCount) : Math.min(base + Math.floor(next() * community), nodeCount - 1);
    const relation = next() < 0.8 ? 'kerberos/network' : 'ntlm/network';
    const key = `${source} ${relation} ${target}`;
    if (source === target || seen.has(key)) {
      continue;
    }
    seen.add(key);
    const anomalous = next() < 0.02;
    const count = 1 + Math.floor(next() ** 3 * 500);
    const max = anomalous ? 1 + next() * 4 : next() * 0.9;
    edges.push({
      source: names[source],
      relation,
      target: names[target],
      count,
      suspicious: anomalous ? 1 : 0,
      failed: 0,
      first_seen: '2026-11-01T00:00:00.000Z',
      last_seen: '2026-11-28T00:00:00.000Z',
      score: { count, min: max / 4, mean: max / 2, max },
      scores: {},
    });
  }
  const nodes = names.map((id) => ({
    id,
    kind: id.startsWith('host-') ? 'host' : 'ip',
    logins_in: 0,
    logins_out: 0,
    suspicious: 0,
    score: null,
    risk: null,
  }));
  return { took_ms: 0, order: 'score', edges_found: edges.length, complete: true, truncated: false, nodes, edges };
}
