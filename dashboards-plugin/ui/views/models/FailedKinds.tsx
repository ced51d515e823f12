import { EuiText } from '@elastic/eui';
import React from 'react';
import { FailedKind } from '../../api/models';

/** The kinds a run left out of its version because their training failed, each with why; nothing when none failed. */
export function FailedKinds({ failed }: { failed: FailedKind[] }) {
  if (failed.length === 0) {
    return null;
  }
  return (
    <EuiText size="s" color="danger" data-test-subj="uebaFailedKinds">
      {failed.map(({ kind, reason }) => (
        <p key={kind}>{`${kind} failed to train and was left out: ${reason}`}</p>
      ))}
    </EuiText>
  );
}
