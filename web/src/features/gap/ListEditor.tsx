import type { ReactNode } from 'react';
import { Button, Card, Flex, Space, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';

interface Props<T extends { id: string }> {
  items: T[];
  /** The item's name in labels: "Faktor 2", "Hapus faktor 2". */
  noun: string;
  addLabel: string;
  emptyText: string;
  readOnly: boolean;
  create: () => T;
  onChange: (items: T[]) => void;
  render: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
  testId?: string;
}

/** A list of step items with add, remove and reorder; the item ids stay as they were. */
export function ListEditor<T extends { id: string }>({
  items,
  noun,
  addLabel,
  emptyText,
  readOnly,
  create,
  onChange,
  render,
  testId,
}: Props<T>) {
  const { t } = useTranslation();

  function move(index: number, by: -1 | 1) {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    onChange(next);
  }

  return (
    <Flex vertical gap={12} data-testid={testId}>
      {items.length === 0 && readOnly && <EmptyState>{emptyText}</EmptyState>}
      {items.map((item, index) => {
        const name = `${noun} ${index + 1}`;
        return (
          <Card
            key={item.id}
            size="small"
            role="group"
            aria-label={name}
            title={<Typography.Text strong>{name}</Typography.Text>}
            extra={
              !readOnly && (
                <Space size={2}>
                  <Tooltip title={t('gap.list.up')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('gap.list.upItem', { name })}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    />
                  </Tooltip>
                  <Tooltip title={t('gap.list.down')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('gap.list.downItem', { name })}
                      disabled={index === items.length - 1}
                      onClick={() => move(index, 1)}
                    />
                  </Tooltip>
                  <Tooltip title={t('gap.list.remove')}>
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('gap.list.removeItem', { name })}
                      onClick={() => onChange(items.filter((i) => i.id !== item.id))}
                    />
                  </Tooltip>
                </Space>
              )
            }
          >
            {render(
              item,
              (patch) => onChange(items.map((i) => (i.id === item.id ? { ...i, ...patch } : i))),
              index,
            )}
          </Card>
        );
      })}
      {!readOnly && (
        <div>
          <Button icon={<PlusOutlined />} onClick={() => onChange([...items, create()])}>
            {addLabel}
          </Button>
        </div>
      )}
    </Flex>
  );
}
