/** What the /api/ueba/* routes answer, as the UI reads it. */

export const MODEL_KINDS = ['autoencoder', 'rarity', 'rgcn'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export const ENTITY_KINDS = ['user', 'host', 'ip'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const OUTCOMES = ['success', 'failure', 'unknown'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Login {
  id: string;
  index: string;
  timestamp: string | null;
  user: string | null;
  user_domain: string | null;
  source_ip: string | null;
  source_address: string | null;
  source_country: string | null;
  destination: string | null;
  outcome: string | null;
  auth_package: string | null;
  logon_type: string | null;
  score: number | null;
  suspicious: boolean;
  scores: Partial<Record<string, number>>;
  explanation: string[];
  novelty: string[];
  model_version: string | null;
  status: string | null;
  error: string | null;
}

export interface LoginPage {
  total: number;
  total_is_exact: boolean;
  logins: Login[];
}

export interface ScoreStats {
  count: number;
  min: number;
  mean: number;
  max: number;
}

/** An edge of the graph of who logs in where, as `GET /_plugins/_ueba/graph` draws it. */
export interface GraphEdge {
  source: string;
  relation: string;
  target: string;
  count: number;
  suspicious: number;
  failed: number;
  first_seen: string | null;
  last_seen: string | null;
  score: ScoreStats | null;
  scores: Partial<Record<string, ScoreStats>>;
}

export interface GraphNode {
  id: string;
  kind: string;
  logins_in: number;
  logins_out: number;
  suspicious: number;
  score: ScoreStats | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  edges_found: number;
  truncated: boolean;
  complete: boolean;
  took_ms?: number;
}

export interface TimelineBucket {
  time: string;
  outcome: string;
  logins: number;
  suspicious: number;
  max_score: number | null;
}

export interface TopEntity {
  name: string;
  suspicious: number;
  max_score: number | null;
}

export interface KindCount {
  kind: ModelKind;
  /** Suspicious logins that carry this kind's own score. */
  scored: number;
  /** Of those, the ones this kind alone puts past its threshold. */
  over_threshold: number;
}

export interface Overview {
  total: number;
  scored: number;
  suspicious: number;
  unscored: number;
  errors: number;
  interval: string | null;
  timeline: TimelineBucket[];
  kinds: KindCount[];
  top_users: TopEntity[];
  top_sources: TopEntity[];
  top_destinations: TopEntity[];
}
