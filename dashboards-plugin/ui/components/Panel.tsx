import { EuiPanel, EuiSpacer, EuiTitle } from '@elastic/eui';
import React, { ReactNode } from 'react';

/** A titled panel of a view. */
export function Panel({ title, children, testSubj }: { title: string; children: ReactNode; testSubj?: string }) {
  return (
    <EuiPanel paddingSize="m" hasShadow={false} hasBorder data-test-subj={testSubj}>
      <EuiTitle size="xs">
        <h2>{title}</h2>
      </EuiTitle>
      <EuiSpacer size="s" />
      {children}
    </EuiPanel>
  );
}
