import { EuiSpacer, EuiText } from '@elastic/eui';
import React, { useEffect } from 'react';
import { markViewReady } from '../../app/performance_marks';
import { useServices } from '../../app/services';
import { useRequest } from '../../app/use_request';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Panel } from '../../components/Panel';
import { formatCount } from '../../components/format';
import { LoginFilters } from './LoginFilters';
import { LoginTable } from './LoginTable';
import { PAGE_SIZES, loginParameters, pageOf, showsAll } from './login_view_query';

export function LoginsView() {
  const { client, navigation, refreshCount } = useServices();
  const query = navigation.location.query;
  const parameters = loginParameters(query);
  const logins = useRequest(`${JSON.stringify(parameters)}|${refreshCount}`, () => client.logins(parameters));
  const page = pageOf(query);

  useEffect(() => {
    if (logins.data) {
      markViewReady('logins');
    }
  }, [logins.data]);

  const total = logins.data?.total ?? 0;
  return (
    <div data-test-subj="uebaLogins">
      <LoginFilters query={query} onChange={(patch) => navigation.setQuery(patch)} />
      <EuiSpacer size="m" />
      {logins.error && <ErrorCallout title="Could not search the logins" error={logins.error} />}
      <Panel title={showsAll(query) ? 'Logins' : 'Suspicious logins'}>
        <EuiText size="s" color="subdued" data-test-subj="uebaLoginTotal">
          {logins.data
            ? `${formatCount(total)}${logins.data.total_is_exact ? '' : '+'} logins match`
            : 'Searching…'}
        </EuiText>
        <LoginTable
          logins={logins.data?.logins ?? []}
          loading={logins.loading}
          testSubj="uebaLoginTable"
          pagination={{
            pageIndex: page.index,
            pageSize: page.size,
            totalItemCount: Math.min(total, 10_000),
            pageSizeOptions: PAGE_SIZES,
          }}
          onPage={({ index, size }) =>
            navigation.setQuery({ page: index > 0 ? String(index) : undefined, size: String(size) })
          }
        />
      </Panel>
    </div>
  );
}
