import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, TEAM_KINDS, TEAM_ROLES } from '../../../../domain/kelembagaan/constants.ts';
import { useRegion } from '../../app/region.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatNumber } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useActiveOpds } from '../opd/api.ts';
import {
  useFigures,
  useKelembagaanWrite,
  usePartners,
  useTeams,
  writes,
  type PartnerList,
  type TeamList,
} from './api.ts';
import { emptyRow, fieldErrorsOf, PeopleRows, rowBody, type PersonRow } from './PeopleRows.tsx';
import { DemoTag } from './PokjaPage.tsx';
import { OfficialsEditor } from './OfficialsEditor.tsx';
import { StaffTrainingEditor } from './StaffTrainingEditor.tsx';
import { formatShare } from './YearlyCountsParts.tsx';

const pct = formatShare;
const contactOf = (p: { phone: string | null; email: string | null }) =>
  [p.phone, p.email].filter(Boolean).join(' · ') || '–';

// ---------------------------------------------------------------------------------------------
// Teams and partners

type Group =
  | { kind: 'team'; item: TeamList['items'][number] | null }
  | { kind: 'partner'; item: PartnerList['items'][number] | null };

function GroupForm({
  regionCode,
  group,
  onClose,
}: {
  regionCode: string;
  group: Group;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const opds = useActiveOpds(regionCode).data ?? [];
  const saveTeam = useKelembagaanWrite(regionCode, writes.saveTeam(regionCode));
  const savePartner = useKelembagaanWrite(regionCode, writes.savePartner(regionCode));
  const isTeam = group.kind === 'team';
  const [f, setF] = useState(() => ({
    kind: group.item?.kind ?? (isTeam ? 'tim_driver' : 'psw_psga'),
    name: group.item?.name ?? '',
    skNumber: group.kind === 'team' ? (group.item?.skNumber ?? '') : '',
    address: group.kind === 'partner' ? (group.item?.address ?? '') : '',
  }));
  const [rows, setRows] = useState<PersonRow[]>(() =>
    group.kind === 'team'
      ? (group.item?.members.map((m) => ({
          personId: m.person.id,
          fullName: m.person.fullName,
          sex: m.person.sex,
          role: m.role,
          opdId: m.opdId,
          position: m.position,
        })) ?? [emptyRow('anggota')])
      : (group.item?.contacts.map((c) => ({
          personId: c.person.id,
          fullName: c.person.fullName,
          sex: c.person.sex,
          role: '',
          opdId: null,
          position: c.position,
        })) ?? [emptyRow('')]),
  );
  const mutation = isTeam ? saveTeam : savePartner;
  const errors = fieldErrorsOf(mutation.error);
  const filled = rows.filter((r) => r.fullName.trim() || r.personId);
  const save = async () => {
    if (group.kind === 'team')
      await saveTeam.mutateAsync({
        id: group.item?.id ?? null,
        body: {
          kind: f.kind as 'lainnya',
          name: f.name,
          skNumber: f.skNumber,
          members: filled.map((r) => ({ ...rowBody(r), role: r.role as 'anggota' })),
        },
      });
    else
      await savePartner.mutateAsync({
        id: group.item?.id ?? null,
        body: {
          kind: f.kind as 'lainnya',
          name: f.name,
          address: f.address,
          contacts: filled.map((r) => {
            const { opdId: _o, ...b } = rowBody(r);
            return b;
          }),
        },
      });
    message.success(t('kelembagaan.saved'));
    onClose();
  };
  const err = (k: string) => ({
    validateStatus: errors[k] ? ('error' as const) : undefined,
    help: errors[k],
  });
  const kinds: readonly string[] = isTeam ? TEAM_KINDS : PARTNER_KINDS;
  return (
    <Modal
      open
      width={1000}
      title={t(isTeam ? 'kelembagaan.teams.form' : 'kelembagaan.partners.form')}
      okText={t('kelembagaan.save')}
      onOk={() => void save().catch(() => undefined)}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={t('kelembagaan.kind')} {...err('kind')}>
            <Select
              style={{ width: 240 }}
              value={f.kind}
              options={kinds.map((k) => ({
                value: k,
                label: t(isTeam ? `kelembagaan.teamKind.${k}` : `kelembagaan.partnerKind.${k}`),
              }))}
              onChange={(kind: string) => setF({ ...f, kind: kind as typeof f.kind })}
            />
          </Form.Item>
          <Form.Item label={t('kelembagaan.name')} required {...err('name')}>
            <Input
              style={{ width: 360 }}
              maxLength={200}
              value={f.name}
              onChange={(e) => setF({ ...f, name: e.target.value })}
            />
          </Form.Item>
          {isTeam ? (
            <Form.Item label={t('kelembagaan.focal.skNumber')} {...err('skNumber')}>
              <Input
                maxLength={200}
                value={f.skNumber}
                onChange={(e) => setF({ ...f, skNumber: e.target.value })}
              />
            </Form.Item>
          ) : (
            <Form.Item label={t('kelembagaan.partners.address')} {...err('address')}>
              <Input
                maxLength={500}
                value={f.address}
                onChange={(e) => setF({ ...f, address: e.target.value })}
              />
            </Form.Item>
          )}
        </Space>
        <Form.Item label={t(isTeam ? 'kelembagaan.teams.members' : 'kelembagaan.partners.contacts')}>
          <PeopleRows
            regionCode={regionCode}
            rows={rows}
            onChange={setRows}
            roles={isTeam ? TEAM_ROLES : null}
            roleLabel={(r) => t(`kelembagaan.teamRole.${r}`)}
            opds={isTeam ? opds.map((o) => ({ id: o.id, name: o.name })) : null}
            errors={errors}
            path={isTeam ? 'members' : 'contacts'}
            defaultRole={isTeam ? 'anggota' : ''}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** /kelembagaan/tim — Tim Driver / Tim Teknis PPRG and other teams. */
export function TeamsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { region } = useRegion();
  const teams = useTeams(region.code);
  const remove = useKelembagaanWrite(region.code, writes.deleteTeam(region.code));
  const [form, setForm] = useState<Group | null>(null);
  const canManage = teams.data?.canManage ?? false;
  return (
    <>
      <PageHeader
        title={t('kelembagaan.teams.title')}
        subtitle={t('kelembagaan.teams.subtitle')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ kind: 'team', item: null })}
            >
              {t('kelembagaan.teams.new')}
            </Button>
          )
        }
      />
      <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} />
      {teams.data && teams.data.items.length === 0 && <EmptyState>{t('kelembagaan.teams.empty')}</EmptyState>}
      {teams.data?.items.map((team) => (
        <Card
          key={team.id}
          style={{ marginBottom: 16 }}
          title={
            <Space>
              {team.name}
              <Tag>{t(`kelembagaan.teamKind.${team.kind}`)}</Tag>
              <DemoTag show={team.isDemo} />
            </Space>
          }
          extra={
            canManage && (
              <Space>
                <Button onClick={() => setForm({ kind: 'team', item: team })}>{t('kelembagaan.edit')}</Button>
                <Popconfirm
                  title={t('kelembagaan.confirmDelete')}
                  onConfirm={() =>
                    void remove.mutateAsync(team.id).catch((e: Error) => message.error(e.message))
                  }
                >
                  <Button danger>{t('kelembagaan.delete')}</Button>
                </Popconfirm>
              </Space>
            )
          }
        >
          {team.skNumber && (
            <Typography.Paragraph>
              {t('kelembagaan.pokja.sk', { number: team.skNumber })}
              {team.skDate ? ` · ${formatDate(team.skDate)}` : ''}
            </Typography.Paragraph>
          )}
          <Table
            size="small"
            rowKey={(m) => m.person.id}
            pagination={false}
            dataSource={team.members}
            locale={{ emptyText: t('kelembagaan.pokja.noMembers') }}
            columns={[
              { title: t('kelembagaan.people.role'), render: (_, m) => t(`kelembagaan.teamRole.${m.role}`) },
              { title: t('kelembagaan.people.name'), render: (_, m) => m.person.fullName },
              { title: t('kelembagaan.people.sex'), render: (_, m) => t(`kelembagaan.sex.${m.person.sex}`) },
              { title: t('kelembagaan.people.opd'), render: (_, m) => m.opdName ?? '–' },
              { title: t('kelembagaan.people.position'), dataIndex: 'position' },
              { title: t('kelembagaan.people.contact'), render: (_, m) => contactOf(m.person) },
            ]}
          />
        </Card>
      ))}
      {form && <GroupForm regionCode={region.code} group={form} onClose={() => setForm(null)} />}
    </>
  );
}

/** /kelembagaan/mitra — partners with their contacts. */
export function PartnersPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { region } = useRegion();
  const partners = usePartners(region.code);
  const remove = useKelembagaanWrite(region.code, writes.deletePartner(region.code));
  const [form, setForm] = useState<Group | null>(null);
  const canManage = partners.data?.canManage ?? false;
  return (
    <>
      <PageHeader
        title={t('kelembagaan.partners.title')}
        subtitle={t('kelembagaan.partners.subtitle')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ kind: 'partner', item: null })}
            >
              {t('kelembagaan.partners.new')}
            </Button>
          )
        }
      />
      <ErrorAlert error={partners.error} onRetry={() => void partners.refetch()} />
      {partners.data && partners.data.items.length === 0 && (
        <EmptyState>{t('kelembagaan.partners.empty')}</EmptyState>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={partners.data?.items ?? []}
        loading={partners.isLoading}
        scroll={{ x: true }}
        columns={[
          {
            title: t('kelembagaan.name'),
            render: (_, p) => (
              <Space>
                {p.name}
                <DemoTag show={p.isDemo} />
              </Space>
            ),
          },
          { title: t('kelembagaan.kind'), render: (_, p) => t(`kelembagaan.partnerKind.${p.kind}`) },
          { title: t('kelembagaan.partners.address'), dataIndex: 'address' },
          {
            title: t('kelembagaan.partners.contacts'),
            render: (_, p) =>
              p.contacts.map((c) => (
                <div key={c.person.id}>
                  {c.person.fullName}
                  {c.position ? `, ${c.position}` : ''} — {contactOf(c.person)}
                </div>
              )),
          },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'a',
                  render: (_: unknown, p: PartnerList['items'][number]) => (
                    <Space>
                      <Button size="small" onClick={() => setForm({ kind: 'partner', item: p })}>
                        {t('kelembagaan.edit')}
                      </Button>
                      <Popconfirm
                        title={t('kelembagaan.confirmDelete')}
                        onConfirm={() =>
                          void remove.mutateAsync(p.id).catch((e: Error) => message.error(e.message))
                        }
                      >
                        <Button size="small" danger>
                          {t('kelembagaan.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {form && <GroupForm regionCode={region.code} group={form} onClose={() => setForm(null)} />}
    </>
  );
}

// ---------------------------------------------------------------------------------------------
// Figures

/** /kelembagaan/angka — the derived figures per region and per OPD. */
export function FiguresPage() {
  const { t } = useTranslation();
  const { region } = useRegion();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const figures = useFigures(region.code, year);
  const f = figures.data;
  const years = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() + 1 - i);
  return (
    <>
      <PageHeader
        title={t('kelembagaan.figures.title')}
        subtitle={t('kelembagaan.figures.subtitle')}
        extra={
          <Select
            aria-label={t('kelembagaan.figures.year')}
            value={year}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            onChange={setYear}
          />
        }
      />
      <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />
      {f && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12} xl={6}>
              <Card>
                <Statistic title={t('kelembagaan.figures.opdsWithSk')} value={pct(f.focalPoints.share)} />
                <Typography.Text type="secondary">
                  {t('kelembagaan.figures.ofOpds', {
                    n: f.focalPoints.opdsWithSk,
                    total: f.focalPoints.activeOpds,
                  })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Card>
                <Statistic
                  title={t('kelembagaan.figures.staffShare')}
                  value={pct(f.staffTraining?.share ?? null)}
                />
                <Typography.Text type="secondary">
                  {f.staffTraining
                    ? t('kelembagaan.figures.staffDetail', {
                        trained: formatNumber(f.staffTraining.trained),
                        staff: formatNumber(f.staffTraining.staff),
                      })
                    : t('kelembagaan.figures.noStaff')}
                  <br />
                  {t('kelembagaan.figures.certificates', { n: formatNumber(f.certificates) })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Card>
                <Statistic title={t('kelembagaan.figures.trained')} value={pct(f.training.shareAny)} />
                <Typography.Text type="secondary">
                  {t('kelembagaan.figures.trainedDetail', {
                    pug: pct(f.training.sharePug),
                    pprg: pct(f.training.sharePprg),
                    n: f.training.focalPoints,
                  })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Card>
                <Statistic
                  title={t('kelembagaan.figures.womenOfficials')}
                  value={pct(f.officials.find((o) => o.echelon === 'total')?.womenShare ?? null)}
                />
                <Typography.Text type="secondary">
                  {f.pokja
                    ? t('kelembagaan.figures.pokja', {
                        sk: f.pokja.skNumber,
                        women: f.pokja.women,
                        men: f.pokja.men,
                      })
                    : t('kelembagaan.figures.noPokja')}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          <Card title={t('kelembagaan.figures.byEchelon', { year })} style={{ marginTop: 16 }}>
            {f.officials.length === 0 ? (
              <EmptyState>{t('kelembagaan.figures.noOfficials')}</EmptyState>
            ) : (
              <Table
                size="small"
                rowKey="echelon"
                pagination={false}
                dataSource={f.officials}
                columns={[
                  {
                    title: t('kelembagaan.figures.echelon'),
                    render: (_, o) =>
                      o.echelon === 'total' ? (
                        <strong>{t('kelembagaan.figures.total')}</strong>
                      ) : (
                        t(`kelembagaan.echelon.${o.echelon}`)
                      ),
                  },
                  { title: t('kelembagaan.sex.P'), render: (_, o) => formatNumber(o.women) },
                  { title: t('kelembagaan.sex.L'), render: (_, o) => formatNumber(o.men) },
                  { title: t('kelembagaan.figures.womenShare'), render: (_, o) => pct(o.womenShare) },
                ]}
              />
            )}
          </Card>
          <Card title={t('kelembagaan.figures.perOpd')} style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="opdId"
              pagination={false}
              dataSource={f.perOpd}
              scroll={{ x: true }}
              columns={[
                { title: t('kelembagaan.people.opd'), dataIndex: 'opdName' },
                {
                  title: t('kelembagaan.figures.hasSk'),
                  render: (_, o) => (o.hasFocalPointSk ? t('kelembagaan.yes') : t('kelembagaan.no')),
                },
                {
                  title: t('kelembagaan.figures.staffShare'),
                  render: (_, o) =>
                    o.staffTraining
                      ? `${pct(o.staffTraining.share)} (${formatNumber(o.staffTraining.trained)}/${formatNumber(o.staffTraining.staff)})`
                      : '–',
                },
                {
                  title: t('kelembagaan.figures.certificatesColumn'),
                  render: (_, o) => formatNumber(o.certificates),
                },
                { title: t('kelembagaan.figures.focalPoints'), render: (_, o) => o.training.focalPoints },
                { title: t('kelembagaan.figures.trainedPug'), render: (_, o) => pct(o.training.sharePug) },
                { title: t('kelembagaan.figures.trainedPprg'), render: (_, o) => pct(o.training.sharePprg) },
                {
                  title: t('kelembagaan.figures.womenShare'),
                  render: (_, o) => pct(o.officials.find((x) => x.echelon === 'total')?.womenShare ?? null),
                },
              ]}
            />
          </Card>
          <Row gutter={[16, 0]}>
            <Col xs={24} xl={12}>
              <OfficialsEditor key={year} regionCode={region.code} year={year} />
            </Col>
            <Col xs={24} xl={12}>
              <StaffTrainingEditor key={year} regionCode={region.code} year={year} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
