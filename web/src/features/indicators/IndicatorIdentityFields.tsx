import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS, PERIODICITIES, SOURCES, UNITS } from '../../../../domain/indicators.ts';
import type { CatalogLabels } from './labels.ts';

const CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;

/** What an indicator is: code, names, definitions, unit, group, periodicity and source. */
export function IndicatorIdentityFields({ editing, labels }: { editing: boolean; labels: CatalogLabels }) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('common.required') };
  const max = (n: number) => ({ max: n, message: t('catalogAdmin.maxChars', { n }) });
  const select = (options: readonly string[], label: (code: string) => string) =>
    options.map((value) => ({ value, label: label(value) }));

  return (
    <>
      <Form.Item
        name="code"
        label={t('catalog.code')}
        extra={editing ? t('catalogAdmin.codeFixed') : t('catalogAdmin.codeHelp')}
        // People type codes in any case; the catalog keeps them upper case.
        normalize={(v: string) => v.toUpperCase().replace(/\s+/g, '_')}
        rules={editing ? [] : [required, { pattern: CODE_PATTERN, message: t('catalogAdmin.codeFormat') }]}
      >
        <Input
          readOnly={editing}
          variant={editing ? 'filled' : 'outlined'}
          autoFocus={!editing}
          placeholder="KES_CONTOH_INDIKATOR"
          data-testid="indicator-code"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="nameId" label={t('catalogAdmin.nameId')} rules={[required, max(300)]}>
            <Input autoFocus={editing} placeholder={t('catalogAdmin.nameIdPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nameEn" label={t('catalogAdmin.nameEn')} rules={[required, max(300)]}>
            <Input placeholder={t('catalogAdmin.nameEnPlaceholder')} lang="en" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="definitionId" label={t('catalogAdmin.definitionId')} rules={[max(4000)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="definitionEn" label={t('catalogAdmin.definitionEn')} rules={[max(4000)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} lang="en" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="domainGroup" label={t('catalog.group')} rules={[required]}>
            <Select
              options={select(DOMAIN_GROUPS, labels.group)}
              placeholder={t('catalogAdmin.choose')}
              data-testid="indicator-group"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="unit" label={t('catalog.unit')} rules={[required]}>
            <Select
              options={select(UNITS, labels.unit)}
              placeholder={t('catalogAdmin.choose')}
              popupMatchSelectWidth={false}
              data-testid="indicator-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="periodicity" label={t('catalog.periodicity')} rules={[required]}>
            <Select options={select(PERIODICITIES, labels.periodicity)} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="source" label={t('catalog.source')} rules={[required]}>
            <Select options={select(SOURCES, labels.source)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sourceNote" label={t('catalogAdmin.sourceNote')} rules={[max(300)]}>
            <Input placeholder={t('catalogAdmin.sourceNotePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
