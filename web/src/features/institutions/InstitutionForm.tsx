import { Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OWNER_KINDS, SERVICE_FIELDS } from '../../../../domain/institutions/constants.ts';
import { FormModal } from '../../components/FormModal.tsx';
import {
  useCreateInstitution,
  useInstitutionTypes,
  useUpdateInstitution,
  type Institution,
  type InstitutionInput,
} from './api.ts';

interface Values extends Omit<InstitutionInput, 'legalEntityDate'> {
  legalEntityDate?: dayjs.Dayjs | null;
}

const FIELDS = [
  'name',
  'typeId',
  'ownerKind',
  'legalEntityNumber',
  'legalEntityDate',
  'fields',
  'description',
  'address',
  'kecamatanCode',
  'latitude',
  'longitude',
  'phone',
  'email',
  'website',
  'listedPublicly',
] as const;

/** Adding (DP3A) or editing (DP3A, or the institution's own account) an institution's profile. */
export function InstitutionForm({
  regionCode,
  institution,
  onClose,
}: {
  regionCode: string;
  institution: Institution | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const options = useInstitutionTypes(regionCode).data;
  const create = useCreateInstitution(regionCode);
  const update = useUpdateInstitution(institution?.id ?? '');
  const en = i18n.language === 'en';
  const initial: Partial<Values> = institution
    ? {
        name: institution.name,
        typeId: institution.type.id,
        ownerKind: institution.ownerKind,
        legalEntityNumber: institution.legalEntityNumber,
        legalEntityDate: institution.legalEntityDate ? dayjs(institution.legalEntityDate) : null,
        fields: institution.fields,
        description: institution.description,
        address: institution.address,
        kecamatanCode: institution.kecamatanCode,
        latitude: institution.latitude,
        longitude: institution.longitude,
        phone: institution.phone,
        email: institution.email,
        website: institution.website,
        listedPublicly: institution.listedPublicly,
      }
    : { ownerKind: 'masyarakat', fields: [], listedPublicly: false };
  const submit = async (v: Values) => {
    const body: InstitutionInput = {
      ...v,
      legalEntityNumber: v.legalEntityNumber || null,
      legalEntityDate: v.legalEntityDate ? v.legalEntityDate.format('YYYY-MM-DD') : null,
      kecamatanCode: v.kecamatanCode ?? null,
      latitude: v.latitude ?? null,
      longitude: v.longitude ?? null,
      phone: v.phone || null,
      email: v.email || null,
      website: v.website || null,
      description: v.description ?? '',
      listedPublicly: !!v.listedPublicly,
    };
    if (institution) await update.mutateAsync(body);
    else await create.mutateAsync(body);
    return t('institutions.saved');
  };
  return (
    <FormModal<Values>
      open
      title={institution ? t('institutions.edit') : t('institutions.add')}
      fields={FIELDS}
      initialValues={initial}
      pending={create.isPending || update.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('institutions.name')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Space wrap style={{ width: '100%' }}>
        <Form.Item name="typeId" label={t('institutions.type')} rules={[{ required: true }]}>
          <Select
            style={{ width: 320 }}
            options={(options?.items ?? []).map((ty) => ({
              value: ty.id,
              label: en ? ty.nameEn : ty.nameId,
            }))}
          />
        </Form.Item>
        <Form.Item name="ownerKind" label={t('institutions.owner')} rules={[{ required: true }]}>
          <Select
            style={{ width: 300 }}
            options={OWNER_KINDS.map((k) => ({ value: k, label: t(`institutions.owners.${k}`) }))}
          />
        </Form.Item>
      </Space>
      <Space wrap style={{ width: '100%' }}>
        <Form.Item name="legalEntityNumber" label={t('institutions.legalNumber')}>
          <Input style={{ width: 340 }} maxLength={120} placeholder="AHU-0012345.AH.01.07.TAHUN 2019" />
        </Form.Item>
        <Form.Item name="legalEntityDate" label={t('institutions.legalDate')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      <Form.Item name="fields" label={t('institutions.fields')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          options={SERVICE_FIELDS.map((f) => ({ value: f, label: t(`institutions.serviceFields.${f}`) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('institutions.description')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="address" label={t('institutions.address')} rules={[{ required: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap style={{ width: '100%' }}>
        <Form.Item name="kecamatanCode" label={t('institutions.kecamatan')}>
          <Select
            allowClear
            style={{ width: 220 }}
            options={(options?.kecamatan ?? []).map((k) => ({ value: k.code, label: k.name }))}
          />
        </Form.Item>
        <Form.Item name="latitude" label={t('institutions.latitude')}>
          <InputNumber min={-11.5} max={6.5} step={0.0001} decimalSeparator="," />
        </Form.Item>
        <Form.Item name="longitude" label={t('institutions.longitude')}>
          <InputNumber min={94} max={141.5} step={0.0001} decimalSeparator="," />
        </Form.Item>
      </Space>
      <Space wrap style={{ width: '100%' }}>
        <Form.Item name="phone" label={t('institutions.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="email" label={t('institutions.email')}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item name="website" label={t('institutions.website')}>
          <Input maxLength={300} placeholder="https://" />
        </Form.Item>
      </Space>
      <Form.Item name="listedPublicly" valuePropName="checked" extra={t('institutions.listedHint')}>
        <Checkbox>{t('institutions.listedPublicly')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
