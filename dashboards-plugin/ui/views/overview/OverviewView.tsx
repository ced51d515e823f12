import { EuiFlexGrid, EuiFlexGroup, EuiFlexItem, EuiLoadingChart, EuiSpacer, EuiStat } from '@elastic/eui';
import React, { useEffect, useMemo } from 'react';
import { markViewReady } from '../../app/performance_marks';
import { scopeOf, scopeQuery } from '../../app/scope';
import { useServices } from '../../app/services';
import { useRequest } from '../../app/use_request';
import { VegaChart } from '../../charts/VegaChart';
import { scoreTimelineSpec } from '../../charts/score_timeline_spec';
import { hostOrIp } from '../../components/EntityLink';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Panel } from '../../components/Panel';
import { formatCount } from '../../components/format';
import { formatHash } from '../../router/location';
import { HealthPanel } from './HealthPanel';
import { KindsTable } from './KindsTable';
import { TopEntitiesTable } from './TopEntitiesTable';

/** How many suspicious logins the timeline marks one by one. */
const MARKED_LOGINS = '200';

export function OverviewView() {
  const { client, navigation, refreshCount } = useServices();
  const query = navigation.location.query;
  const scope = scopeOf(query);
  const key = `${scope.index}|${scope.from}|${scope.to}|${refreshCount}`;
  const overview = useRequest(key, () => client.overview({ ...scope }));
  const marked = useRequest(key, () =>
    client.logins({ ...scope, suspicious: 'true', sort: 'score', size: MARKED_LOGINS })
  );
  const info = useRequest(`info|${refreshCount}`, () => client.info());
  const jobs = useRequest(`jobs|${refreshCount}`, () => client.jobs());

  const spec = useMemo(
    () => overview.data && scoreTimelineSpec(overview.data.timeline, marked.data?.logins ?? []),
    [overview.data, marked.data]
  );
  useEffect(() => {
    if (overview.data) {
      markViewReady('overview');
    }
  }, [overview.data]);

  const suspiciousHref = formatHash({ path: ['logins'], query: { ...scopeQuery(query), suspicious: 'true' } });
  const data = overview.data;
  return (
    <div data-test-subj="uebaOverview">
      {overview.error && <ErrorCallout title="Could not read the logins" error={overview.error} />}
      <EuiFlexGroup gutterSize="l" wrap responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiStat title={formatCount(data?.total)} description="Logins" isLoading={!data} titleSize="m" />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiStat title={formatCount(data?.scored)} description="Scored" isLoading={!data} titleSize="m" />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <a href={suspiciousHref} data-test-subj="uebaSuspiciousCount">
            <EuiStat
              title={formatCount(data?.suspicious)}
              description="Suspicious"
              titleColor="danger"
              isLoading={!data}
              titleSize="m"
            />
          </a>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiStat title={formatCount(data?.unscored)} description="Not scored yet" isLoading={!data} titleSize="m" />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiStat title={formatCount(data?.errors)} description="Pipeline errors" isLoading={!data} titleSize="m" />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <Panel title={`Highest score over time${data?.interval ? `, every ${data.interval}` : ''}`} testSubj="uebaScoreTimeline">
        {spec ? (
          <VegaChart spec={spec} title="Highest score over time by outcome, with suspicious logins marked" testSubj="uebaScoreChart" />
        ) : (
          <EuiLoadingChart size="l" />
        )}
      </Panel>
      <EuiSpacer size="m" />
      {data && (
        <EuiFlexGrid columns={3} gutterSize="m">
          <EuiFlexItem>
            <Panel title="Users with the most suspicious logins">
              <TopEntitiesTable entities={data.top_users} kindOf={() => 'user'} testSubj="uebaTopUsers" />
            </Panel>
          </EuiFlexItem>
          <EuiFlexItem>
            <Panel title="Sources of suspicious logins">
              <TopEntitiesTable entities={data.top_sources} kindOf={hostOrIp} testSubj="uebaTopSources" />
            </Panel>
          </EuiFlexItem>
          <EuiFlexItem>
            <Panel title="Their destinations">
              <TopEntitiesTable entities={data.top_destinations} kindOf={hostOrIp} testSubj="uebaTopDestinations" />
            </Panel>
          </EuiFlexItem>
        </EuiFlexGrid>
      )}
      <EuiSpacer size="m" />
      <EuiFlexGroup gutterSize="m">
        <EuiFlexItem>
          <Panel title="Which model kinds spoke">{data && <KindsTable kinds={data.kinds} />}</Panel>
        </EuiFlexItem>
        <EuiFlexItem>
          <Panel title="Models and jobs">
            {info.error && <ErrorCallout title="Could not read the plugin's state" error={info.error} />}
            {info.data && (
              <HealthPanel
                info={info.data}
                jobs={jobs.data?.jobs ?? []}
                jobsHref={formatHash({ path: ['models'], query: scopeQuery(query) })}
              />
            )}
          </Panel>
        </EuiFlexItem>
      </EuiFlexGroup>
    </div>
  );
}
