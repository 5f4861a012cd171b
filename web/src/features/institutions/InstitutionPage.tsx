import { useState } from 'react';
import { useParams } from 'react-router';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Image,
  Input,
  Popconfirm,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../../domain/indicators.ts';
import { INSTITUTION_STATUSES, STAFF_ROLES } from '../../../../domain/institutions/constants.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { formatDate, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import {
  logoUrl,
  useChangeStatus,
  useInstitution,
  useInvite,
  useRefreshInstitutions,
  useRemoveStaff,
  useSaveStaff,
  type Institution,
  type StaffInput,
  type StatusInput,
} from './api.ts';
import { InstitutionForm } from './InstitutionForm.tsx';
import { StandingTag } from './StandingTag.tsx';

type Staff = Institution['staff'][number];
const STAFF_FIELDS = [
  'fullName',
  'role',
  'position',
  'profession',
  'certification',
  'sex',
  'phone',
  'email',
] as const;

function StaffForm({
  institution,
  staff,
  onClose,
}: {
  institution: Institution;
  staff: Staff | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveStaff(institution.id);
  return (
    <FormModal<StaffInput>
      open
      title={staff ? staff.fullName : t('institutions.staff.add')}
      fields={STAFF_FIELDS}
      initialValues={staff ?? { role: 'staf' }}
      pending={save.isPending}
      onSubmit={async (v) => {
        await save.mutateAsync({
          staffId: staff?.id ?? null,
          body: { ...v, phone: v.phone || null, email: v.email || null },
        });
        return t('institutions.saved');
      }}
      onClose={onClose}
    >
      <Form.Item name="fullName" label={t('institutions.staff.fullName')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="role" label={t('institutions.staff.role')} rules={[{ required: true }]}>
          <Select
            style={{ width: 160 }}
            options={STAFF_ROLES.map((r) => ({ value: r, label: t(`institutions.staff.roles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="sex" label={t('institutions.staff.sex')} rules={[{ required: true }]}>
          <Select
            style={{ width: 160 }}
            options={SEXES.map((s) => ({ value: s, label: t(`institutions.staff.sexes.${s}`) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="position" label={t('institutions.staff.position')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="profession" label={t('institutions.staff.profession')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="certification" label={t('institutions.staff.certification')}>
        <Input maxLength={300} />
      </Form.Item>
      {(institution.can.edit || !staff) && (
        <Space wrap>
          <Form.Item name="phone" label={t('institutions.phone')}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="email" label={t('institutions.email')}>
            <Input type="email" maxLength={200} />
          </Form.Item>
        </Space>
      )}
    </FormModal>
  );
}

function StatusForm({ institution, onClose }: { institution: Institution; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeStatus(institution.id);
  return (
    <FormModal<StatusInput>
      open
      title={t('institutions.changeStatus')}
      fields={['status', 'reason']}
      initialValues={{ status: institution.status === 'aktif' ? 'nonaktif' : 'aktif' }}
      pending={change.isPending}
      onSubmit={async (v) => {
        await change.mutateAsync(v);
        return t('institutions.saved');
      }}
      onClose={onClose}
    >
      <Form.Item name="status" label={t('institutions.status')} rules={[{ required: true }]}>
        <Select
          options={INSTITUTION_STATUSES.map((s) => ({ value: s, label: t(`institutions.statuses.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('institutions.reason')}>
        <Input.TextArea maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

function InviteForm({ institution, onClose }: { institution: Institution; onClose: () => void }) {
  const { t } = useTranslation();
  const invite = useInvite(institution.id);
  return (
    <FormModal<{ fullName: string; email: string }>
      open
      title={t('institutions.accounts.invite')}
      okText={t('institutions.accounts.invite')}
      fields={['fullName', 'email']}
      initialValues={{ email: institution.email ?? '' }}
      pending={invite.isPending}
      onSubmit={async (v) => {
        const r = await invite.mutateAsync(v);
        return t('institutions.accounts.invited', { email: v.email, username: r.username });
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('institutions.accounts.hint')}</Typography.Paragraph>
      <Form.Item name="fullName" label={t('institutions.accounts.fullName')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('institutions.accounts.email')}
        rules={[{ required: true, type: 'email' }]}
      >
        <Input type="email" maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** /lembaga-layanan/:id — one institution: profile, checklist, logo, staff, accounts, history. */
export function InstitutionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const query = useInstitution(id);
  const remove = useRemoveStaff(id);
  const refresh = useRefreshInstitutions();
  const [editing, setEditing] = useState(false);
  const [staffForm, setStaffForm] = useState<Staff | 'new' | null>(null);
  const [statusOpen, setStatusOpen] = useState(false);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [logoVersion, setLogoVersion] = useState(0);
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Spin />;
  const inst = query.data;
  const en = i18n.language === 'en';

  const staffColumns = [
    { title: t('institutions.staff.fullName'), dataIndex: 'fullName' },
    {
      title: t('institutions.staff.role'),
      dataIndex: 'role',
      render: (r: Staff['role']) => t(`institutions.staff.roles.${r}`),
    },
    { title: t('institutions.staff.position'), dataIndex: 'position' },
    { title: t('institutions.staff.profession'), dataIndex: 'profession' },
    { title: t('institutions.staff.certification'), dataIndex: 'certification' },
    {
      title: t('institutions.staff.sex'),
      dataIndex: 'sex',
      render: (s: Staff['sex']) => t(`institutions.staff.sexes.${s}`),
    },
    ...(inst.can.edit
      ? [
          {
            title: t('institutions.staff.contact'),
            key: 'contact',
            render: (_: unknown, s: Staff) => [s.phone, s.email].filter(Boolean).join(' · ') || '–',
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, s: Staff) => (
              <Space>
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => setStaffForm(s)}
                  aria-label={`${t('institutions.edit')} ${s.fullName}`}
                />
                <Popconfirm
                  title={t('institutions.staff.confirmRemove')}
                  onConfirm={() => remove.mutateAsync(s.id)}
                >
                  <Button size="small" danger>
                    {t('institutions.staff.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={inst.name}
        subtitle={en ? inst.type.nameEn : inst.type.nameId}
        extra={
          <Space wrap>
            {inst.isDemo && <Tag color="gold">{t('institutions.demo')}</Tag>}
            <Tag color={inst.status === 'aktif' ? 'green' : 'default'}>
              {t(`institutions.statuses.${inst.status}`)}
            </Tag>
            <StandingTag standing={inst.standing} validUntil={inst.standardValidUntil} />
            {inst.can.edit && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('institutions.edit')}
              </Button>
            )}
            {inst.can.changeStatus && (
              <Button onClick={() => setStatusOpen(true)}>{t('institutions.changeStatus')}</Button>
            )}
          </Space>
        }
      />
      {inst.can.edit &&
        (inst.missing.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('institutions.missing.title')}
            description={
              <ul style={{ margin: 0 }}>
                {inst.missing.map((m) => (
                  <li key={m}>{t(`institutions.missing.${m}`)}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('institutions.missing.complete')}
          />
        ))}
      <Space align="start" wrap style={{ width: '100%' }} size="large">
        <Card title={t('institutions.logo.title')} style={{ width: 240 }}>
          {inst.hasLogo ? (
            <Image
              src={`${logoUrl(inst.id)}?v=${logoVersion}`}
              alt={`${t('institutions.logo.title')} ${inst.name}`}
              width={180}
            />
          ) : (
            <Typography.Text type="secondary">{t('institutions.logo.none')}</Typography.Text>
          )}
          {inst.can.edit && (
            <Upload
              name="file"
              action={logoUrl(inst.id)}
              accept="image/png,image/jpeg,image/gif,image/webp"
              withCredentials
              headers={{ 'Accept-Language': currentLanguage() }}
              showUploadList={false}
              onChange={(info) => {
                if (info.file.status === 'done') {
                  message.success(t('institutions.logo.uploaded'));
                  setLogoVersion((v) => v + 1);
                  void refresh();
                }
                if (info.file.status === 'error') {
                  const body = info.file.response as { error?: { message?: string } } | undefined;
                  message.error(body?.error?.message ?? t('institutions.importFailed'));
                }
              }}
            >
              <Button icon={<UploadOutlined />} style={{ marginTop: 12 }}>
                {t('institutions.logo.upload')}
              </Button>
            </Upload>
          )}
        </Card>
        <Descriptions bordered column={1} size="small" style={{ minWidth: 360, maxWidth: 760 }}>
          <Descriptions.Item label={t('institutions.owner')}>
            {t(`institutions.owners.${inst.ownerKind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.legalNumber')}>
            {inst.legalEntityNumber ?? '–'}{' '}
            {inst.legalEntityDate ? `(${formatDate(inst.legalEntityDate)})` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.fields')}>
            {inst.fields.map((f) => (
              <Tag key={f}>{t(`institutions.serviceFields.${f}`)}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.description')}>
            {inst.description || '–'}
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.address')}>
            {inst.address}
            {inst.kecamatanName ? `, ${inst.kecamatanName}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions.phone')}>{inst.phone ?? '–'}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.email')}>{inst.email ?? '–'}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.website')}>{inst.website ?? '–'}</Descriptions.Item>
          <Descriptions.Item label={t('institutions.listedPublicly')}>
            {inst.listedPublicly ? '✓' : '–'}
          </Descriptions.Item>
          {inst.standardDecisionNumber && (
            <Descriptions.Item label={t('institutions.decision')}>
              {inst.standardDecisionNumber}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Space>

      <Card
        title={t('institutions.staff.title')}
        style={{ marginTop: 16 }}
        extra={
          inst.can.edit && (
            <Button icon={<PlusOutlined />} onClick={() => setStaffForm('new')}>
              {t('institutions.staff.add')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('institutions.staff.hint')}</Typography.Paragraph>
        <Table<Staff>
          rowKey="id"
          size="small"
          dataSource={inst.staff}
          columns={staffColumns}
          pagination={false}
          locale={{ emptyText: t('institutions.staff.empty') }}
          scroll={{ x: true }}
        />
      </Card>

      {inst.accounts && (
        <Card
          title={t('institutions.accounts.title')}
          style={{ marginTop: 16 }}
          extra={
            inst.can.invite && (
              <Button onClick={() => setInviteOpen(true)}>
                {inst.accounts.some((a) => a.invitePending)
                  ? t('institutions.accounts.reinvite')
                  : t('institutions.accounts.invite')}
              </Button>
            )
          }
        >
          {inst.accounts.length === 0 ? (
            <Typography.Text type="secondary">{t('institutions.accounts.none')}</Typography.Text>
          ) : (
            <ul>
              {inst.accounts.map((a) => (
                <li key={a.userId}>
                  {a.fullName} ({a.username}, {a.email ?? '–'}) —{' '}
                  {a.invitePending
                    ? t('institutions.accounts.pending', { date: formatDateTime(a.inviteExpiresAt) })
                    : a.active
                      ? t('institutions.accounts.active')
                      : t('institutions.accounts.inactive')}
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}

      <Card title={t('institutions.history.title')} style={{ marginTop: 16 }}>
        <Table
          rowKey={(h) => h.changedAt + h.toStatus}
          size="small"
          pagination={false}
          dataSource={inst.history}
          columns={[
            {
              title: t('institutions.history.at'),
              dataIndex: 'changedAt',
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('institutions.status'),
              key: 'status',
              render: (_: unknown, h: Institution['history'][number]) =>
                `${h.fromStatus ? `${t(`institutions.statuses.${h.fromStatus}`)} → ` : `${t('institutions.history.created')}: `}${t(`institutions.statuses.${h.toStatus}`)}`,
            },
            { title: t('institutions.history.reason'), dataIndex: 'reason' },
            {
              title: t('institutions.history.by'),
              dataIndex: 'changedBy',
              render: (v: string | null) => v ?? '–',
            },
          ]}
        />
      </Card>

      {editing && (
        <InstitutionForm regionCode={inst.regionCode} institution={inst} onClose={() => setEditing(false)} />
      )}
      {staffForm && (
        <StaffForm
          institution={inst}
          staff={staffForm === 'new' ? null : staffForm}
          onClose={() => setStaffForm(null)}
        />
      )}
      {statusOpen && <StatusForm institution={inst} onClose={() => setStatusOpen(false)} />}
      {inviteOpen && <InviteForm institution={inst} onClose={() => setInviteOpen(false)} />}
    </>
  );
}
