import {
  EuiBadge,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLoadingChart,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import React, { useEffect, useMemo } from 'react';
import { ENTITY_KINDS } from '../../../common/api/types';
import { ApiError } from '../../api/http';
import { markViewReady } from '../../app/performance_marks';
import { scopeOf, scopeQuery } from '../../app/scope';
import { useServices } from '../../app/services';
import { useRequest } from '../../app/use_request';
import { VegaChart } from '../../charts/VegaChart';
import { loginTimelineSpec } from '../../charts/login_timeline_spec';
import { ErrorCallout } from '../../components/ErrorCallout';
import { Panel } from '../../components/Panel';
import { formatCount } from '../../components/format';
import { formatHash } from '../../router/location';
import { GraphExplorer } from '../graph/GraphView';
import { LoginTable } from '../logins/LoginTable';
import { ProfilePanel } from './ProfilePanel';

/** The logins of the timeline: enough to see a rhythm, bounded so the chart stays quick. */
const TIMELINE_LOGINS = '500';

function ProfileSection({ kind, name }: { kind: string; name: string }) {
  const { client, refreshCount } = useServices();
  const profile = useRequest(`${kind}|${name}|${refreshCount}`, () => client.entity(kind, name));
  if (profile.error) {
    const missing = profile.error instanceof ApiError && (profile.error.status === 404 || profile.error.status === 400);
    return missing ? (
      <EuiCallOut title="No profile for this entity" color="warning" iconType="help" data-test-subj="uebaNoProfile">
        <p>{profile.error.message}</p>
      </EuiCallOut>
    ) : (
      <ErrorCallout title="Could not read the profile" error={profile.error} />
    );
  }
  return profile.data ? <ProfilePanel profile={profile.data} /> : <EuiLoadingChart size="l" />;
}

export function EntityView({ path }: { path: string[] }) {
  const [kind = '', name = ''] = path;
  const { client, navigation, refreshCount } = useServices();
  const query = navigation.location.query;
  const scope = scopeOf(query);
  const key = `${kind}|${name}|${scope.index}|${scope.from}|${scope.to}|${refreshCount}`;
  const entity = { entity_kind: kind, entity: name };
  const timeline = useRequest(key, () => client.logins({ ...scope, ...entity, sort: 'time', size: TIMELINE_LOGINS }));
  const suspicious = useRequest(key, () =>
    client.logins({ ...scope, ...entity, suspicious: 'true', sort: 'score', size: '20' })
  );
  const neighbourhood = useRequest(key, () =>
    kind === 'user'
      ? client.loginEdges({ ...scope, ...entity })
      : client.graph({ ...scope, entity: name, max_edges: '300' })
  );
  const spec = useMemo(() => timeline.data && loginTimelineSpec(timeline.data.logins), [timeline.data]);

  useEffect(() => {
    if (timeline.data) {
      markViewReady('entity');
    }
  }, [timeline.data]);

  if (!(ENTITY_KINDS as readonly string[]).includes(kind) || name === '') {
    return <ErrorCallout title="No such entity" error={new Error(`an entity is a ${ENTITY_KINDS.join(', ')}: #/entity/<kind>/<name>`)} />;
  }
  const scoped = scopeQuery(query);
  return (
    <div data-test-subj="uebaEntity">
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiBadge>{kind}</EuiBadge>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiTitle size="m">
            <h1 data-test-subj="uebaEntityName">{name}</h1>
          </EuiTitle>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" href={formatHash({ path: ['logins'], query: { ...scoped, entity_kind: kind, entity: name, show: 'all' } })}>
            Its logins
          </EuiButtonEmpty>
        </EuiFlexItem>
        {kind !== 'user' && (
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="s" href={formatHash({ path: ['graph'], query: { ...scoped, entity: name } })}>
              In the graph
            </EuiButtonEmpty>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <Panel title={`Logins over time${timeline.data ? ` (${formatCount(timeline.data.total)})` : ''}`} testSubj="uebaEntityTimeline">
        {timeline.error && <ErrorCallout title="Could not search its logins" error={timeline.error} />}
        {spec ? <VegaChart spec={spec} title="Its logins by time and score" testSubj="uebaEntityChart" /> : <EuiLoadingChart size="l" />}
        {timeline.data && timeline.data.total > timeline.data.logins.length && (
          <EuiText size="xs" color="subdued">
            The latest {formatCount(timeline.data.logins.length)} of them.
          </EuiText>
        )}
      </Panel>
      <EuiSpacer size="m" />
      <Panel title={kind === 'user' ? 'Where it logs in' : 'Its neighbourhood'} testSubj="uebaEntityGraph">
        {neighbourhood.error && <ErrorCallout title="Could not draw its neighbourhood" error={neighbourhood.error} />}
        {neighbourhood.data ? (
          <GraphExplorer
            key={key}
            graph={neighbourhood.data}
            view="entity-graph"
            onFocus={(node) => navigation.navigate({ path: ['graph'], query: { ...scoped, entity: node } })}
          />
        ) : (
          !neighbourhood.error && <EuiLoadingChart size="l" />
        )}
      </Panel>
      <EuiSpacer size="m" />
      <Panel title="Usual for it" testSubj="uebaEntityProfile">
        <ProfileSection kind={kind} name={name} />
      </Panel>
      <EuiSpacer size="m" />
      <Panel title="Its most suspicious logins" testSubj="uebaEntitySuspicious">
        {suspicious.error && <ErrorCallout title="Could not search its logins" error={suspicious.error} />}
        <LoginTable logins={suspicious.data?.logins ?? []} loading={suspicious.loading} testSubj="uebaEntityLogins" />
      </Panel>
    </div>
  );
}
