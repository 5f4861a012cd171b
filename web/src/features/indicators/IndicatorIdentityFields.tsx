import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOMAIN_GROUPS, PERIODICITIES, SOURCES, UNITS } from '../../../../domain/indicators.ts';
import type { CatalogLabels } from './labels.ts';

const CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;

/** What an indicator is: code, names, definitions, unit, group, periodicity and source. */
export function IndicatorIdentityFields({ editing, labels }: { editing: boolean; labels: CatalogLabels }) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('common.required') };
  const max = (n: number) => ({ max: n, message: t('indicatorsAdmin.maxChars', { n }) });
  const select = (options: readonly string[], label: (code: string) => string) =>
    options.map((value) => ({ value, label: label(value) }));

  return (
    <>
      <Form.Item
        name="code"
        label={t('indicators.code')}
        extra={editing ? t('indicatorsAdmin.codeFixed') : t('indicatorsAdmin.codeHelp')}
        // People type codes in any case; the catalog keeps them upper case.
        normalize={(v: string) => v.toUpperCase().replace(/\s+/g, '_')}
        rules={editing ? [] : [required, { pattern: CODE_PATTERN, message: t('indicatorsAdmin.codeFormat') }]}
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
          <Form.Item name="nameId" label={t('indicatorsAdmin.nameId')} rules={[required, max(300)]}>
            <Input autoFocus={editing} placeholder={t('indicatorsAdmin.nameIdPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="nameEn" label={t('indicatorsAdmin.nameEn')} rules={[required, max(300)]}>
            <Input placeholder={t('indicatorsAdmin.nameEnPlaceholder')} lang="en" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="definitionId" label={t('indicatorsAdmin.definitionId')} rules={[max(4000)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="definitionEn" label={t('indicatorsAdmin.definitionEn')} rules={[max(4000)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} lang="en" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="domainGroup" label={t('indicators.group')} rules={[required]}>
            <Select
              options={select(DOMAIN_GROUPS, labels.group)}
              placeholder={t('indicatorsAdmin.choose')}
              data-testid="indicator-group"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="unit" label={t('indicators.unit')} rules={[required]}>
            <Select
              options={select(UNITS, labels.unit)}
              placeholder={t('indicatorsAdmin.choose')}
              popupMatchSelectWidth={false}
              data-testid="indicator-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="periodicity" label={t('indicators.periodicity')} rules={[required]}>
            <Select options={select(PERIODICITIES, labels.periodicity)} popupMatchSelectWidth={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="source" label={t('indicators.source')} rules={[required]}>
            <Select options={select(SOURCES, labels.source)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sourceNote" label={t('indicatorsAdmin.sourceNote')} rules={[max(300)]}>
            <Input placeholder={t('indicatorsAdmin.sourceNotePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
