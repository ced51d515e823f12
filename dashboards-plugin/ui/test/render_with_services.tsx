import { render } from '@testing-library/react';
import React, { ReactElement, ReactNode, useMemo } from 'react';
import { UebaClient } from '../api/client';
import { ServicesProvider } from '../app/services';
import { useHashLocation } from '../router/use_location';

/** A client whose every call fails unless the test gives it. */
export function fakeClient(calls: Partial<UebaClient>): UebaClient {
  const missing = (name: string) => () => Promise.reject(new Error(`unexpected call: ${name}`));
  return new Proxy(calls as UebaClient, {
    get: (target, name: string) => (name in target ? target[name as keyof UebaClient] : missing(name)),
  });
}

function Services({ client, children }: { client: UebaClient; children: ReactNode }) {
  const navigation = useHashLocation();
  const services = useMemo(() => ({ client, navigation, refreshCount: 0, refresh: () => undefined }), [client, navigation]);
  return <ServicesProvider services={services}>{children}</ServicesProvider>;
}

/** Renders a part of the app at the given hash, with the given client. */
export function renderWithServices(ui: ReactElement, { client = fakeClient({}), hash = '#/' } = {}) {
  window.history.replaceState(null, '', hash);
  return render(<Services client={client}>{ui}</Services>);
}
