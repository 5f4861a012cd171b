import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../app/types.ts';

type Json = Record<string, unknown> | null;

function asObject(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Top-level keys of either side, in first-seen order, so both columns line up row by row. */
export function diffKeys(before: Json, after: Json): { key: string; changed: boolean }[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => ({
    key,
    // A key missing on one side is a change only when the other side has something.
    changed: before !== null && after !== null && !same(before[key], after[key]),
  }));
}

function JsonColumn({
  title,
  value,
  keys,
}: {
  title: string;
  value: Json;
  keys: { key: string; changed: boolean }[];
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      <pre className="setara-json" aria-label={title}>
        {value === null ? (
          'null'
        ) : (
          <>
            {'{\n'}
            {keys.map(({ key, changed }, i) => {
              const present = key in value;
              const text = present
                ? `  ${JSON.stringify(key)}: ${JSON.stringify(value[key], null, 2).replace(/\n/g, '\n  ')}${i < keys.length - 1 ? ',' : ''}`
                : ' ';
              return (
                <span
                  key={key}
                  className={changed ? 'setara-json-changed' : undefined}
                  title={changed ? t('audit.changed') : undefined}
                >
                  {text}
                  {'\n'}
                </span>
              );
            })}
            {'}'}
          </>
        )}
      </pre>
    </div>
  );
}

/** Before and after side by side, changed keys highlighted on both sides. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const before = asObject(entry.before);
  const after = asObject(entry.after);
  if (before === null && after === null) {
    return <Typography.Text type="secondary">{t('audit.noDetails')}</Typography.Text>;
  }
  const keys = diffKeys(before, after);
  return (
    <Row gutter={16} data-testid="audit-diff">
      <Col xs={24} md={12}>
        <JsonColumn title={t('audit.before')} value={before} keys={keys} />
      </Col>
      <Col xs={24} md={12}>
        <JsonColumn title={t('audit.after')} value={after} keys={keys} />
      </Col>
    </Row>
  );
}
