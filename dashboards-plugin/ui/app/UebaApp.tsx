import {
  EuiFlexGroup,
  EuiFlexItem,
  EuiLoadingContent,
  EuiPage,
  EuiPageBody,
  EuiSpacer,
  EuiTab,
  EuiTabs,
  EuiTitle,
} from '@elastic/eui';
import React, { Suspense, useMemo, useState } from 'react';
import { createUebaClient } from '../api/client';
import { HttpFetch } from '../api/http';
import { ErrorCallout } from '../components/ErrorCallout';
import { ScopeBar } from '../components/ScopeBar';
import { formatHash } from '../router/location';
import { useHashLocation } from '../router/use_location';
import { VIEWS, viewOf } from '../views';
import { scopeQuery } from './scope';
import { ServicesProvider } from './services';

/** The UEBA app: tabs of views over one scope (indices and time range), all state in the URL. */
export function UebaApp({ http }: { http: HttpFetch }) {
  const navigation = useHashLocation();
  const client = useMemo(() => createUebaClient(http), [http]);
  const [refreshCount, setRefreshCount] = useState(0);
  const services = useMemo(
    () => ({ client, navigation, refreshCount, refresh: () => setRefreshCount((count) => count + 1) }),
    [client, navigation, refreshCount]
  );
  const { path, query } = navigation.location;
  const view = viewOf(path);
  const View = view?.component;

  return (
    <ServicesProvider services={services}>
      <EuiPage paddingSize="m" data-test-subj="uebaApp">
        <EuiPageBody>
          <EuiFlexGroup gutterSize="m" alignItems="center" responsive={false} wrap>
            <EuiFlexItem grow={false}>
              <EuiTitle size="s">
                <h1>Login anomalies</h1>
              </EuiTitle>
            </EuiFlexItem>
            <EuiFlexItem>
              <ScopeBar />
            </EuiFlexItem>
          </EuiFlexGroup>
          <EuiSpacer size="s" />
          <EuiTabs size="s">
            {VIEWS.filter((item) => item.inNavigation).map((item) => (
              <EuiTab
                key={item.id}
                isSelected={item === view}
                href={formatHash({ path: [item.path], query: scopeQuery(query) })}
                data-test-subj={`uebaTab-${item.id}`}
              >
                {item.title}
              </EuiTab>
            ))}
          </EuiTabs>
          <EuiSpacer size="m" />
          {View ? (
            <Suspense fallback={<EuiLoadingContent lines={6} />}>
              <View key={view.id} path={path.slice(1)} />
            </Suspense>
          ) : (
            <ErrorCallout title="No such view" error={new Error(`nothing at #/${path.join('/')}`)} />
          )}
        </EuiPageBody>
      </EuiPage>
    </ServicesProvider>
  );
}
