import { EuiBadge, EuiBasicTable, EuiButtonIcon, EuiText } from '@elastic/eui';
import React, { ReactNode, useState } from 'react';
import { KindTraining, ModelVersion } from '../../api/models';
import { formatCount, formatScore, formatSeconds, formatTime } from '../../components/format';
import { FailedKinds } from './FailedKinds';

function metricsText(metrics: Record<string, number>): string {
  return Object.entries(metrics)
    .map(([name, value]) => `${name.replace(/_/g, ' ')} ${Number.isInteger(value) ? formatCount(value) : value.toFixed(3)}`)
    .join(', ');
}

function KindsTraining({ kinds }: { kinds: KindTraining[] }) {
  return (
    <EuiBasicTable<KindTraining>
      compressed
      items={kinds}
      data-test-subj="uebaModelKinds"
      columns={[
        { field: 'type', name: 'Kind', width: '110px' },
        { field: 'mode', name: 'Mode', width: '90px', render: (mode: string | null) => mode ?? '–' },
        { field: 'training_rows', name: 'Rows', width: '90px', render: (rows: number | null) => formatCount(rows) },
        {
          name: 'Threshold',
          width: '150px',
          render: (kind: KindTraining) => `${formatScore(kind.threshold)} (${kind.threshold_method ?? '–'})`,
        },
        {
          field: 'took_millis',
          name: 'Took',
          width: '80px',
          render: (millis: number | null) => formatSeconds(millis === null ? null : millis / 1000),
        },
        {
          field: 'metrics',
          name: 'Metrics',
          render: (metrics: Record<string, number>) => <EuiText size="xs">{metricsText(metrics) || '–'}</EuiText>,
        },
      ]}
    />
  );
}

/** Each stored version with its training; a row opens to show each kind's metrics, and why a kind left out failed. */
export function ModelsTable({ models }: { models: ModelVersion[] }) {
  const [open, setOpen] = useState<Record<string, boolean>>(() =>
    models.length > 0 ? { [models[0].model_id]: true } : {}
  );
  const expanded: Record<string, ReactNode> = {};
  for (const model of models) {
    if (open[model.model_id]) {
      expanded[model.model_id] = (
        <>
          <KindsTraining kinds={model.training} />
          <FailedKinds failed={model.failed} />
        </>
      );
    }
  }
  return (
    <EuiBasicTable<ModelVersion>
      items={models}
      itemId="model_id"
      itemIdToExpandedRowMap={expanded}
      isExpandable
      noItemsMessage="No model has been trained yet"
      data-test-subj="uebaModels"
      columns={[
        {
          width: '40px',
          isExpander: true,
          render: (model: ModelVersion) => (
            <EuiButtonIcon
              iconType={open[model.model_id] ? 'arrowDown' : 'arrowRight'}
              aria-label={open[model.model_id] ? 'Hide its training' : 'Show its training'}
              onClick={() => setOpen({ ...open, [model.model_id]: !open[model.model_id] })}
            />
          ),
        },
        {
          field: 'model_id',
          name: 'Version',
          render: (id: string, model: ModelVersion) => (
            <span>
              {id} {model.current && <EuiBadge color="secondary">in use</EuiBadge>}
            </span>
          ),
        },
        { field: 'model_set', name: 'Model set', render: (set: string | null) => set ?? '–' },
        {
          field: 'kinds',
          name: 'Kinds',
          render: (kinds: string[], model: ModelVersion) => (
            <span>
              {kinds.join(', ') || '–'}{' '}
              {model.failed.map(({ kind }) => (
                <EuiBadge key={kind} color="danger">
                  {kind} failed
                </EuiBadge>
              ))}
            </span>
          ),
        },
        { field: 'created', name: 'Created', render: (created: number | null) => formatTime(created) },
        {
          name: 'Learned from',
          render: (model: ModelVersion) =>
            `${formatCount(model.logins_learned)} logins, ${formatCount(model.users)} users of ${model.indices ?? '–'}`,
        },
        {
          field: 'took_millis',
          name: 'Took',
          render: (millis: number | null) => formatSeconds(millis === null ? null : millis / 1000),
        },
      ]}
    />
  );
}
