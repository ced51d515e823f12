import { EuiBadge } from '@elastic/eui';
import React from 'react';

const COLORS: Record<string, string> = {
  running: 'primary',
  succeeded: 'secondary',
  skipped: 'warning',
  cancelled: 'default',
  failed: 'danger',
  interrupted: 'danger',
};

export function RunStateBadge({ state }: { state: string | null }) {
  return (
    <EuiBadge color={COLORS[state ?? ''] ?? 'hollow'} data-test-subj="uebaRunState">
      {state ?? 'never run'}
    </EuiBadge>
  );
}
