/**
 * What the editors of yearly counts (officials by echelon, staff trained in PUG/PPRG) share: the
 * scope picker (the whole region or one OPD — the API keeps each scope apart) and the CSV/XLSX
 * import button, whose refusal lists the rows and columns the server named.
 */
import { App as AntApp, Button, Select, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n.ts';
import { useActiveOpds } from '../opd/api.ts';

/** A share as shown in the figures: "37,6 %", "–" when there is nothing to divide by. */
export const formatShare = (v: number | null) => (v === null ? '–' : `${String(v).replace('.', ',')} %`);

export function ScopeSelect({
  regionCode,
  label,
  value,
  onChange,
}: {
  regionCode: string;
  /** The picker's label, distinct per editor (both stand on one page). */
  label: string;
  value: string | null;
  onChange: (opdId: string | null) => void;
}) {
  const { t } = useTranslation();
  const opds = useActiveOpds(regionCode).data ?? [];
  return (
    <Space wrap>
      <span style={{ width: 260, display: 'inline-block' }}>{label}</span>
      <Select
        aria-label={label}
        style={{ minWidth: 320 }}
        showSearch
        optionFilterProp="label"
        value={value ?? ''}
        options={[
          { value: '', label: t('kelembagaan.figures.wholeRegion') },
          ...opds.map((o) => ({ value: o.id, label: o.name })),
        ]}
        onChange={(v: string) => onChange(v || null)}
      />
    </Space>
  );
}

function ImportButton({
  action,
  imported,
  onDone,
}: {
  action: string;
  /** The message shown when the import succeeded. */
  imported: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <Upload
      name="file"
      action={action}
      accept=".csv,.xlsx"
      withCredentials
      headers={{ 'Accept-Language': currentLanguage() }}
      showUploadList={false}
      onChange={(info) => {
        if (info.file.status === 'done') {
          message.success(imported);
          onDone();
        }
        if (info.file.status === 'error') {
          const body = info.file.response as
            { error?: { message?: string; fields?: Record<string, string> } } | undefined;
          const rows = Object.entries(body?.error?.fields ?? {})
            .slice(0, 8)
            .map(
              ([k, v]) =>
                `${k.replace(/^rows\.(\d+)\./, t('kelembagaan.figures.rowColumn', { row: '$1' }))}: ${v}`,
            );
          message.error([body?.error?.message ?? t('kelembagaan.fileFailed'), ...rows].join(' · '), 10);
        }
      }}
    >
      <Button icon={<UploadOutlined />}>{t('kelembagaan.figures.import')}</Button>
    </Upload>
  );
}

/** Save, import and the import's column hint under an editor's inputs. */
export function EditorActions({
  saveLabel,
  saving,
  onSave,
  importAction,
  imported,
  onImported,
  hint,
}: {
  saveLabel: string;
  saving: boolean;
  onSave: () => Promise<void>;
  importAction: string;
  imported: string;
  onImported: () => void;
  hint: string;
}) {
  const { message } = AntApp.useApp();
  return (
    <>
      <Space>
        <Button
          type="primary"
          loading={saving}
          onClick={() => void onSave().catch((err: Error) => message.error(err.message))}
        >
          {saveLabel}
        </Button>
        <ImportButton action={importAction} imported={imported} onDone={onImported} />
      </Space>
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </>
  );
}
