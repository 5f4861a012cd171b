import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import { CheckCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatNumber } from '../../components/format.ts';
import type { HomeTask } from './api.ts';
import { taskLink } from './links.ts';

interface Props {
  tasks: HomeTask[];
  dataYear: number;
  regionSearch: string;
}

/**
 * The caller's tasks, those with work first as cards with their count and a link to the page
 * that resolves them; the done ones as one line each, so a user sees what the page watches.
 */
export function TaskList({ tasks, dataYear, regionSearch }: Props) {
  const { t } = useTranslation();
  if (tasks.length === 0) {
    return <Alert type="info" showIcon title={t('home.readerHint')} data-testid="home-reader" />;
  }
  const open = tasks.filter((x) => x.count > 0);
  const done = tasks.filter((x) => x.count === 0);
  const period = (task: HomeTask) => task.period ?? String(dataYear);

  return (
    <section aria-labelledby="home-tasks-title" data-testid="home-tasks">
      <Typography.Title level={4} id="home-tasks-title">
        {t('home.tasksTitle')}
      </Typography.Title>
      {open.length === 0 && (
        <EmptyState>
          <Typography.Text strong data-testid="home-nothing">
            {t('home.nothingWaiting')}
          </Typography.Text>
          <br />
          {t('home.nothingWaitingHint')}
        </EmptyState>
      )}
      <Row gutter={[16, 16]}>
        {open.map((task) => {
          const title = t(`home.tasks.${task.kind}.title`, { period: period(task) });
          return (
            <Col key={task.kind} xs={24} md={12} xl={8}>
              <Card size="small" data-testid={`task-${task.kind}`} style={{ height: '100%' }}>
                <Flex vertical gap={6}>
                  <Typography.Text strong>{title}</Typography.Text>
                  <Typography.Text
                    data-testid="task-count"
                    style={{ fontSize: 28, lineHeight: 1.2, color: '#7b2d8e' }}
                  >
                    {formatNumber(task.count)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t(`home.tasks.${task.kind}.hint`, { period: period(task) })}
                  </Typography.Text>
                  <Link to={taskLink(task, regionSearch)} aria-label={`${t('home.open')}: ${title}`}>
                    {t('home.open')} <RightOutlined />
                  </Link>
                </Flex>
              </Card>
            </Col>
          );
        })}
      </Row>
      {done.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, marginTop: 16 }} data-testid="home-done">
          {done.map((task) => (
            <li key={task.kind} style={{ marginBottom: 4 }}>
              <Typography.Text type="secondary">
                <CheckCircleOutlined style={{ color: '#237804', marginRight: 8 }} aria-hidden />
                {t(`home.tasks.${task.kind}.none`, { period: period(task) })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
