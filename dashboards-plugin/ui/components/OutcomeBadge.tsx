import { EuiBadge } from '@elastic/eui';
import React from 'react';

const COLORS: Record<string, string> = { success: 'secondary', failure: 'danger' };

export function OutcomeBadge({ outcome }: { outcome: string | null }) {
  return <EuiBadge color={COLORS[outcome ?? ''] ?? 'hollow'}>{outcome ?? 'unknown'}</EuiBadge>;
}
