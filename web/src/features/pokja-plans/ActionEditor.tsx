import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ACTION_AREAS, type ActionArea } from '../../../../domain/pokja-plans/constants.ts';
import type { FieldErrors } from '../../app/api.ts';
import { FieldBox } from './FieldBox.tsx';
import { newRowKey } from './MatrixEditor.tsx';

export interface ItemDraft {
  key: string;
  id: string | null;
  area: ActionArea;
  action: string;
  target: string;
  timeline: string;
  opdId: string | null;
  unit: string;
}

interface Props {
  items: ItemDraft[];
  opds: { id: string; name: string; shortName: string }[];
  editable: boolean;
  errors: FieldErrors;
  onChange: (items: ItemDraft[]) => void;
}

/** The Rencana Aksi PUG Daerah by its four content areas (Permendagri 67/2011). */
export function ActionEditor({ items, opds, editable, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ItemDraft>) =>
    onChange(items.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const opdOptions = opds.map((o) => ({ value: o.id, label: `${o.shortName} — ${o.name}` }));
  return (
    <Form layout="vertical" component="div">
      {ACTION_AREAS.map((area) => {
        const indexed = items.map((r, i) => [r, i] as const).filter(([r]) => r.area === area);
        return (
          <Card
            key={area}
            size="small"
            style={{ marginBottom: 16 }}
            title={t(`pokjaPlans.areas.${area}`)}
            extra={
              editable ? (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  data-testid={`add-item-${area}`}
                  onClick={() =>
                    onChange([
                      ...items,
                      {
                        key: newRowKey(),
                        id: null,
                        area,
                        action: '',
                        target: '',
                        timeline: '',
                        opdId: null,
                        unit: '',
                      },
                    ])
                  }
                >
                  {t('pokjaPlans.addItem')}
                </Button>
              ) : undefined
            }
          >
            {indexed.length === 0 && (
              <Typography.Text type="secondary">{t('pokjaPlans.sectionEmpty')}</Typography.Text>
            )}
            {indexed.map(([it, i], n) => {
              const id = (field: string) => `item-${it.key}-${field}`;
              const err = (field: string) => errors[`items.${i}.${field}`];
              return (
                <Card
                  key={it.key}
                  type="inner"
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('pokjaPlans.rowLabel', { n: n + 1 })}
                  extra={
                    editable ? (
                      <Button
                        size="small"
                        danger
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={`${t('pokjaPlans.removeRow')} ${n + 1}`}
                        onClick={() => onChange(items.filter((_, k) => k !== i))}
                      >
                        {t('pokjaPlans.removeRow')}
                      </Button>
                    ) : undefined
                  }
                >
                  <Flex gap={12} wrap>
                    <FieldBox
                      id={id('action')}
                      label={t('pokjaPlans.fields.action')}
                      error={err('action')}
                      style={{ flex: '2 1 320px' }}
                    >
                      <Input.TextArea
                        id={id('action')}
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        value={it.action}
                        readOnly={!editable}
                        onChange={(e) => set(i, { action: e.target.value })}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('target')}
                      label={t('pokjaPlans.fields.target')}
                      error={err('target')}
                      style={{ flex: '1 1 240px' }}
                    >
                      <Input
                        id={id('target')}
                        value={it.target}
                        readOnly={!editable}
                        onChange={(e) => set(i, { target: e.target.value })}
                      />
                    </FieldBox>
                  </Flex>
                  <Flex gap={12} wrap>
                    <FieldBox
                      id={id('timeline')}
                      label={t('pokjaPlans.fields.timeline')}
                      error={err('timeline')}
                      extra={editable ? t('pokjaPlans.fields.timelineHint') : undefined}
                      style={{ width: 220 }}
                    >
                      <Input
                        id={id('timeline')}
                        value={it.timeline}
                        readOnly={!editable}
                        onChange={(e) => set(i, { timeline: e.target.value })}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('opd')}
                      label={t('pokjaPlans.fields.responsible')}
                      error={err('opdId')}
                      style={{ flex: '1 1 260px' }}
                    >
                      <Select
                        id={id('opd')}
                        allowClear
                        showSearch={{ optionFilterProp: 'label' }}
                        value={it.opdId ?? undefined}
                        disabled={!editable}
                        onChange={(v) => set(i, { opdId: v ?? null })}
                        options={opdOptions}
                      />
                    </FieldBox>
                    <FieldBox
                      id={id('unit')}
                      label={t('pokjaPlans.fields.unit')}
                      error={err('unit')}
                      style={{ flex: '1 1 200px' }}
                    >
                      <Input
                        id={id('unit')}
                        value={it.unit}
                        readOnly={!editable}
                        onChange={(e) => set(i, { unit: e.target.value })}
                      />
                    </FieldBox>
                  </Flex>
                </Card>
              );
            })}
          </Card>
        );
      })}
    </Form>
  );
}
