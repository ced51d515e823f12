import { Criteria, EuiBasicTable, EuiBasicTableColumn, EuiLink, EuiText } from '@elastic/eui';
import React, { useState } from 'react';
import { Login, MODEL_KINDS } from '../../../common/api/types';
import { EntityLink, hostOrIp } from '../../components/EntityLink';
import { OutcomeBadge } from '../../components/OutcomeBadge';
import { ScoreBadge } from '../../components/ScoreBadge';
import { formatScore, formatTime } from '../../components/format';

function KindParts({ login }: { login: Login }) {
  const parts = MODEL_KINDS.filter((kind) => login.scores[kind] !== undefined);
  if (parts.length === 0) {
    return <span>–</span>;
  }
  return (
    <EuiText size="xs">
      {parts.map((kind) => (
        <div key={kind} style={{ color: (login.scores[kind] ?? 0) >= 1 ? '#BD271E' : undefined }}>
          {kind} {formatScore(login.scores[kind])}
        </div>
      ))}
    </EuiText>
  );
}

/** The reasons shown at once; the rest are a click away, so rows stay short. */
const REASONS_SHOWN = 3;

function Explanation({ login }: { login: Login }) {
  const [open, setOpen] = useState(false);
  if (login.explanation.length === 0) {
    const why = login.error ?? (login.status ? `not scored: ${login.status}` : null);
    return <EuiText size="xs">{why ?? '–'}</EuiText>;
  }
  return (
    <EuiText size="xs">
      <ul style={{ margin: 0 }} data-test-subj="uebaExplanation">
        {(open ? login.explanation : login.explanation.slice(0, REASONS_SHOWN)).map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ul>
      {login.explanation.length > REASONS_SHOWN && (
        <EuiLink onClick={() => setOpen(!open)}>
          {open ? 'fewer' : `${login.explanation.length - REASONS_SHOWN} more`}
        </EuiLink>
      )}
    </EuiText>
  );
}

export const LOGIN_COLUMNS: EuiBasicTableColumn<Login>[] = [
  { field: 'timestamp', name: 'Time (UTC)', width: '150px', render: (time: string | null) => formatTime(time) },
  {
    field: 'user',
    name: 'User',
    width: '120px',
    render: (user: string | null) => <EntityLink kind="user" name={user} />,
  },
  {
    name: 'Source',
    width: '130px',
    render: (login: Login) => {
      const source = login.source_address ?? login.source_ip;
      return (
        <span>
          <EntityLink kind={source ? hostOrIp(source) : 'host'} name={source} />
          {login.source_country && <small> ({login.source_country})</small>}
        </span>
      );
    },
  },
  {
    field: 'destination',
    name: 'Destination',
    width: '120px',
    render: (destination: string | null) => (
      <EntityLink kind={destination ? hostOrIp(destination) : 'host'} name={destination} />
    ),
  },
  {
    name: 'Logon',
    width: '120px',
    render: (login: Login) => `${login.auth_package ?? '?'} / ${login.logon_type ?? '?'}`,
  },
  { field: 'outcome', name: 'Outcome', width: '90px', render: (outcome: string | null) => <OutcomeBadge outcome={outcome} /> },
  { field: 'score', name: 'Score', width: '70px', align: 'right', render: (score: number | null) => <ScoreBadge score={score} /> },
  { name: 'By kind', width: '120px', render: (login: Login) => <KindParts login={login} /> },
  { name: 'Why', render: (login: Login) => <Explanation login={login} /> },
];

interface Props {
  logins: Login[];
  loading: boolean;
  pagination?: { pageIndex: number; pageSize: number; totalItemCount: number; pageSizeOptions: number[] };
  onPage?(page: { index: number; size: number }): void;
  testSubj: string;
}

export function LoginTable({ logins, loading, pagination, onPage, testSubj }: Props) {
  const common = {
    items: logins,
    itemId: 'id',
    loading,
    columns: LOGIN_COLUMNS,
    noItemsMessage: loading ? 'Loading logins…' : 'No logins match',
    'data-test-subj': testSubj,
    rowProps: (login: Login) => ({ 'data-test-subj': login.suspicious ? 'uebaLoginRow-suspicious' : 'uebaLoginRow' }),
  };
  if (pagination === undefined) {
    return <EuiBasicTable<Login> {...common} />;
  }
  return (
    <EuiBasicTable<Login>
      {...common}
      pagination={pagination}
      onChange={({ page }: Criteria<Login>) => page && onPage?.(page)}
    />
  );
}
