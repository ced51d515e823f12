/** Colours of the charts and the graph, from OUI's light theme. */
export const OUTCOME_COLORS: Record<string, string> = {
  success: '#54B399',
  failure: '#E7664C',
  unknown: '#98A2B3',
};

export const SUSPICIOUS_COLOR = '#BD271E';
export const USUAL_COLOR = '#98A2B3';
