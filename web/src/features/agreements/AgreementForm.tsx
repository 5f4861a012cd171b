import { App as AntApp, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, PARTY_KINDS } from '../../../../domain/agreements/constants.ts';
import { useRegionSearch } from '../../app/region.tsx';
import { applyServerErrors } from '../../components/serverErrors.ts';
import {
  saveAgreement,
  useAgreementWrite,
  usePartyChoices,
  type AgreementDetail,
  type AgreementInput,
} from './api.ts';

const FIELDS = ['kind', 'title', 'scope', 'startsOn', 'endsOn', 'status', 'meetingId', 'parties'];
const DAY = 'YYYY-MM-DD';

interface PartyValues {
  kind: (typeof PARTY_KINDS)[number];
  refId?: string | null;
  name?: string;
  documentNumber?: string;
  signedOn?: Dayjs | null;
  signatoryName?: string;
  signatoryPosition?: string;
  obligations?: string;
}
interface Values extends Omit<AgreementInput, 'startsOn' | 'endsOn' | 'parties'> {
  startsOn: Dayjs;
  endsOn: Dayjs;
  parties: PartyValues[];
}

/** Create or edit an agreement: kind, title, scope, dates, status, event, and the parties in order. */
export function AgreementFormModal({
  regionCode,
  agreement,
  onClose,
}: {
  regionCode: string;
  agreement: AgreementDetail | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const [form] = Form.useForm<Values>();
  const choices = usePartyChoices(regionCode, true).data;
  const save = useAgreementWrite(regionCode, saveAgreement(regionCode));
  const parties = Form.useWatch('parties', form) ?? [];
  const initial: Partial<Values> = agreement
    ? {
        kind: agreement.kind,
        title: agreement.title,
        scope: agreement.scope,
        startsOn: dayjs(agreement.startsOn),
        endsOn: dayjs(agreement.endsOn),
        status: agreement.storedStatus === 'draft' ? 'draft' : 'signed',
        meetingId: agreement.meeting?.id ?? null,
        parties: agreement.parties.map((p) => ({ ...p, signedOn: p.signedOn ? dayjs(p.signedOn) : null })),
      }
    : { kind: 'mou', status: 'draft', parties: [{ kind: 'region' }, { kind: 'other' }] };

  const refOptions = (kind: string) => {
    if (!choices) return [];
    if (kind === 'opd') return choices.opds.map((o) => ({ value: o.id, label: o.name }));
    if (kind === 'institution') return choices.institutions.map((o) => ({ value: o.id, label: o.name }));
    if (kind === 'partner') return choices.partners.map((o) => ({ value: o.id, label: o.name }));
    return [];
  };

  const submit = async (v: Values) => {
    const body: AgreementInput = {
      ...v,
      startsOn: v.startsOn.format(DAY),
      endsOn: v.endsOn.format(DAY),
      meetingId: v.meetingId ?? null,
      parties: v.parties.map((p) => ({
        ...p,
        refId: p.kind === 'region' || p.kind === 'other' ? null : (p.refId ?? null),
        name: p.kind === 'other' ? p.name : undefined,
        signedOn: p.signedOn ? p.signedOn.format(DAY) : null,
      })),
    };
    try {
      const saved = await save.mutateAsync({ id: agreement?.id, version: agreement?.version, body });
      void message.success(t('agreements.saved'));
      onClose();
      if (!agreement) void navigate(`/lembaga-layanan/kerja-sama/${saved.id}${search}`);
    } catch (err) {
      const rest = applyServerErrors(form, err, FIELDS);
      if (rest) void message.error(rest);
    }
  };

  return (
    <Modal
      open
      width={860}
      title={agreement ? t('agreements.edit') : t('agreements.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('agreements.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="kind" label={t('agreements.kind')} rules={[{ required: true }]}>
              <Select
                options={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreements.kinds.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="title" label={t('agreements.titleField')} rules={[{ required: true }]}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="scope" label={t('agreements.scope')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="startsOn" label={t('agreements.startsOn')} rules={[{ required: true }]}>
              <DatePicker format="DD-MM-YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="endsOn" label={t('agreements.endsOn')} rules={[{ required: true }]}>
              <DatePicker format="DD-MM-YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="status" label={t('agreements.status')}>
              <Select
                options={(['draft', 'signed'] as const).map((s) => ({
                  value: s,
                  label: t(`agreements.statuses.${s}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="meetingId" label={t('agreements.meeting')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('agreements.noMeeting')}
                options={(choices?.meetings ?? []).map((m) => ({
                  value: m.id,
                  label: `${m.startsOn} · ${m.title}`,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="parties">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f, i) => {
                const kind = parties[i]?.kind ?? 'other';
                return (
                  <Card
                    key={f.key}
                    size="small"
                    style={{ marginBottom: 8 }}
                    title={`${t('agreements.partyKind')} ${i + 1}`}
                    extra={
                      <Button
                        type="text"
                        danger
                        aria-label={t('agreements.removeParty', { n: i + 1 })}
                        icon={<DeleteOutlined aria-hidden />}
                        onClick={() => remove(f.name)}
                      />
                    }
                  >
                    <Row gutter={8}>
                      <Col span={8}>
                        <Form.Item name={[f.name, 'kind']} label={t('agreements.partyKind')}>
                          <Select
                            options={PARTY_KINDS.map((k) => ({
                              value: k,
                              label: t(`agreements.partyKinds.${k}`),
                            }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col span={16}>
                        {kind === 'other' ? (
                          <Form.Item name={[f.name, 'name']} label={t('agreements.partyName')}>
                            <Input maxLength={300} />
                          </Form.Item>
                        ) : kind === 'region' ? (
                          <Form.Item label={t('agreements.partyName')}>
                            <Input value={choices?.regionName ?? ''} disabled />
                          </Form.Item>
                        ) : (
                          <Form.Item name={[f.name, 'refId']} label={t('agreements.partyRef')}>
                            <Select showSearch optionFilterProp="label" options={refOptions(kind)} />
                          </Form.Item>
                        )}
                      </Col>
                    </Row>
                    <Row gutter={8}>
                      <Col span={8}>
                        <Form.Item name={[f.name, 'documentNumber']} label={t('agreements.documentNumber')}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item name={[f.name, 'signedOn']} label={t('agreements.signedOn')}>
                          <DatePicker format="DD-MM-YYYY" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col span={5}>
                        <Form.Item name={[f.name, 'signatoryName']} label={t('agreements.signatoryName')}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col span={5}>
                        <Form.Item
                          name={[f.name, 'signatoryPosition']}
                          label={t('agreements.signatoryPosition')}
                        >
                          <Input maxLength={300} />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Form.Item
                      name={[f.name, 'obligations']}
                      label={t('agreements.obligations')}
                      style={{ marginBottom: 0 }}
                    >
                      <Input.TextArea rows={2} maxLength={5000} />
                    </Form.Item>
                  </Card>
                );
              })}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'other' })}>
                {t('agreements.addParty')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
