import { useState } from 'react';
import { AutoComplete, Button, Flex, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldErrors } from '../../app/api.ts';
import { usePeopleSearch } from './api.ts';

/** One person named in a list: a registered one (personId) or a new one typed. */
export interface PersonRow {
  personId?: string;
  fullName: string;
  sex: 'P' | 'L' | '';
  role: string;
  opdId: string | null;
  position: string;
}

export const emptyRow = (role: string): PersonRow => ({
  fullName: '',
  sex: '',
  role,
  opdId: null,
  position: '',
});

/** The request's shape of a row: `personId`, or `person` when typed. */
export function rowBody(r: PersonRow) {
  const common = { opdId: r.opdId, position: r.position };
  return r.personId
    ? { personId: r.personId, ...common }
    : {
        person: {
          fullName: r.fullName,
          sex: (r.sex || 'P') as 'P' | 'L',
          opdId: r.opdId,
          position: r.position,
        },
        ...common,
      };
}

export function fieldErrorsOf(error: unknown): FieldErrors {
  return isApiError(error) ? error.fields : {};
}

function NameInput({
  regionCode,
  row,
  onChange,
  label,
}: {
  regionCode: string;
  row: PersonRow;
  onChange: (r: PersonRow) => void;
  label: string;
}) {
  const [q, setQ] = useState('');
  const found = usePeopleSearch(regionCode, q).data?.items ?? [];
  return (
    <AutoComplete
      aria-label={label}
      style={{ minWidth: 240 }}
      value={row.fullName}
      options={found.map((p) => ({
        value: p.id,
        label: `${p.fullName}${p.position ? ` — ${p.position}` : ''}${p.opdName ? ` (${p.opdName})` : p.institution ? ` (${p.institution})` : ''}`,
      }))}
      onSearch={setQ}
      onChange={(value: string) => {
        const person = found.find((p) => p.id === value);
        if (person)
          onChange({
            ...row,
            personId: person.id,
            fullName: person.fullName,
            sex: person.sex,
            opdId: row.opdId ?? person.opdId,
            position: row.position || person.position,
          });
        else onChange({ ...row, personId: undefined, fullName: value });
      }}
    />
  );
}

/**
 * Rows of people (Pokja members, team members, partner contacts): a name picked from the
 * region's registry or typed new (with sex), a role, an OPD and a position. The server keeps
 * one registry row per person; errors come back per row ("members.2") and show at the row.
 */
export function PeopleRows({
  regionCode,
  rows,
  onChange,
  roles,
  roleLabel,
  opds,
  errors,
  path,
  defaultRole,
}: {
  regionCode: string;
  rows: PersonRow[];
  onChange: (rows: PersonRow[]) => void;
  roles: readonly string[] | null;
  roleLabel: (role: string) => string;
  opds: { id: string; name: string }[] | null;
  errors: FieldErrors;
  path: string;
  defaultRole: string;
}) {
  const { t } = useTranslation();
  const set = (i: number, r: PersonRow) => onChange(rows.map((x, j) => (j === i ? r : x)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {rows.map((r, i) => {
        const rowErrors = Object.entries(errors)
          .filter(([k]) => k === `${path}.${i}` || k.startsWith(`${path}.${i}.`))
          .map(([, v]) => v);
        return (
          <div key={i}>
            <Flex gap={8} wrap="wrap" align="center">
              <NameInput
                regionCode={regionCode}
                row={r}
                onChange={(x) => set(i, x)}
                label={t('kelembagaan.people.name')}
              />
              <Select
                aria-label={t('kelembagaan.people.sex')}
                style={{ width: 130 }}
                value={r.sex || undefined}
                placeholder={t('kelembagaan.people.sex')}
                disabled={!!r.personId}
                options={[
                  { value: 'P', label: t('kelembagaan.sex.P') },
                  { value: 'L', label: t('kelembagaan.sex.L') },
                ]}
                onChange={(sex: 'P' | 'L') => set(i, { ...r, sex })}
              />
              {roles && (
                <Select
                  aria-label={t('kelembagaan.people.role')}
                  style={{ width: 150 }}
                  value={r.role}
                  options={roles.map((x) => ({ value: x, label: roleLabel(x) }))}
                  onChange={(role: string) => set(i, { ...r, role })}
                />
              )}
              {opds && (
                <Select
                  aria-label={t('kelembagaan.people.opd')}
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  style={{ width: 220 }}
                  placeholder={t('kelembagaan.people.opd')}
                  value={r.opdId ?? undefined}
                  options={opds.map((o) => ({ value: o.id, label: o.name }))}
                  onChange={(opdId?: string) => set(i, { ...r, opdId: opdId ?? null })}
                />
              )}
              <Input
                aria-label={t('kelembagaan.people.position')}
                placeholder={t('kelembagaan.people.position')}
                style={{ width: 200 }}
                maxLength={200}
                value={r.position}
                onChange={(e) => set(i, { ...r, position: e.target.value })}
              />
              <Button
                aria-label={t('kelembagaan.people.remove')}
                icon={<DeleteOutlined />}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              />
            </Flex>
            {rowErrors.length > 0 && (
              <Typography.Text type="danger" role="alert">
                {rowErrors.join(' ')}
              </Typography.Text>
            )}
          </div>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...rows, emptyRow(defaultRole)])}>
        {t('kelembagaan.people.add')}
      </Button>
    </Space>
  );
}
