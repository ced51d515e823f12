import { EuiCallOut } from '@elastic/eui';
import React from 'react';

export function ErrorCallout({ title, error }: { title: string; error: Error }) {
  return (
    <EuiCallOut title={title} color="danger" iconType="alert" data-test-subj="uebaError">
      <p>{error.message}</p>
    </EuiCallOut>
  );
}
