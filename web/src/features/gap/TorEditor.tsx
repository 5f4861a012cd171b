import { Button, Flex, Popconfirm, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TorContent } from '../../../../domain/planning/gap-content.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextAreaField, InputField } from './Field.tsx';
import { MonthGrid } from './MonthGrid.tsx';

interface Props {
  tor: TorContent | null;
  readOnly: boolean;
  canDraft: boolean;
  drafting: boolean;
  onDraft: () => void;
  onChange: (tor: TorContent) => void;
}

type TextKey = 'legalBasis' | 'background' | 'objective' | 'method' | 'location' | 'implementer';

/** The gender-responsive TOR (KAK): drafted from the GAP, then completed by the OPD. */
export function TorEditor({ tor, readOnly, canDraft, drafting, onDraft, onChange }: Props) {
  const { t } = useTranslation();
  const button = (onClick?: () => void) => (
    <Button
      type={tor ? 'default' : 'primary'}
      icon={<FileAddOutlined />}
      loading={drafting}
      onClick={onClick}
    >
      {tor ? t('gap.tor.redraft') : t('gap.tor.draft')}
    </Button>
  );
  const draft = canDraft && (
    <div style={{ marginBottom: 16 }}>
      {tor ? (
        <Popconfirm
          title={t('gap.tor.redraftConfirm')}
          okText={t('gap.tor.redraft')}
          cancelText={t('common.cancel')}
          onConfirm={onDraft}
          styles={{ root: { maxWidth: 380 } }}
        >
          {button()}
        </Popconfirm>
      ) : (
        button(onDraft)
      )}
    </div>
  );
  if (!tor) {
    return (
      <>
        {draft}
        <EmptyState>{canDraft ? t('gap.tor.emptyCanDraft') : t('gap.tor.empty')}</EmptyState>
      </>
    );
  }

  const set = (patch: Partial<TorContent>) => onChange({ ...tor, ...patch });
  const text = (key: TextKey, rows: number) => (
    <TextAreaField
      id={`tor-${key}`}
      label={t(`gap.tor.${key}`)}
      rows={[rows, 20]}
      value={tor[key]}
      readOnly={readOnly}
      onChange={(v) => set({ [key]: v })}
    />
  );
  const beneficiary = (key: 'women' | 'men') => (
    <InputField
      id={`tor-beneficiaries-${key}`}
      label={t(`gap.tor.${key}`)}
      width={160}
      inputMode="numeric"
      value={tor.beneficiaries[key]}
      readOnly={readOnly}
      onChange={(v) => set({ beneficiaries: { ...tor.beneficiaries, [key]: v } })}
    />
  );

  return (
    <>
      {draft}
      {text('legalBasis', 3)}
      {text('background', 6)}
      {text('objective', 3)}
      <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>
          {t('gap.tor.beneficiaries')}
        </legend>
        <Flex gap={16} wrap>
          {beneficiary('women')}
          {beneficiary('men')}
        </Flex>
        <TextAreaField
          id="tor-beneficiaries-description"
          label={t('gap.tor.beneficiariesDescription')}
          rows={[2, 8]}
          value={tor.beneficiaries.description}
          readOnly={readOnly}
          onChange={(v) => set({ beneficiaries: { ...tor.beneficiaries, description: v } })}
        />
      </fieldset>
      {text('method', 4)}
      <Flex gap={12} wrap>
        <div style={{ flex: '1 1 260px' }}>{text('location', 1)}</div>
        <div style={{ flex: '1 1 260px' }}>{text('implementer', 1)}</div>
      </Flex>
      <Typography.Title level={5}>{t('gap.tor.schedule')}</Typography.Title>
      <MonthGrid items={tor.schedule} readOnly={readOnly} onChange={(schedule) => set({ schedule })} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('gap.tor.budgetNote')}
      </Typography.Paragraph>
    </>
  );
}
