import { EuiLink } from '@elastic/eui';
import React from 'react';
import { isIp } from '../../common/api/parameters';
import { entityLocation } from '../app/scope';
import { useServices } from '../app/services';
import { formatHash } from '../router/location';

/** The kind of entity a source or destination name is: an address, else a host. */
export function hostOrIp(name: string): 'host' | 'ip' {
  return isIp(name) ? 'ip' : 'host';
}

export function EntityLink({ kind, name }: { kind: string; name: string | null }) {
  const { navigation } = useServices();
  if (name === null || name === '' || name === 'unknown') {
    return <span>{name ?? '–'}</span>;
  }
  return (
    <EuiLink href={formatHash(entityLocation(kind, name, navigation.location.query))} data-test-subj={`uebaEntityLink-${kind}`}>
      {name}
    </EuiLink>
  );
}
