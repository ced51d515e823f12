import { EuiBadge } from '@elastic/eui';
import React from 'react';
import { formatScore } from './format';

/** A combined or per-kind score: 1 is the threshold, so at 1 or above the login is suspicious. */
export function scoreColor(score: number | null | undefined): string {
  if (score === null || score === undefined) {
    return 'hollow';
  }
  return score >= 1 ? 'danger' : score >= 0.7 ? 'warning' : 'default';
}

export function ScoreBadge({ score }: { score: number | null | undefined }) {
  return (
    <EuiBadge color={scoreColor(score)} data-test-subj="uebaScore" title={score == null ? 'not scored' : String(score)}>
      {formatScore(score)}
    </EuiBadge>
  );
}
