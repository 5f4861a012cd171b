import { useState } from 'react';
import { AutoComplete, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNomenclatureSearch, type NomenclatureEntry } from './api.ts';

interface Props {
  /** Called with the chosen sub-kegiatan of the reference list. */
  onPick: (entry: NomenclatureEntry) => void;
}

/**
 * Finds a sub-kegiatan in the SIPD reference list by words or code, so its code and official
 * name are not retyped. Any valid code may still be typed by hand below it.
 */
export function NomenclatureSearch({ onPick }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const found = useNomenclatureSearch(text, 'sub_kegiatan');
  const entries = found.data ?? [];
  return (
    <Form.Item label={t('planning.sub.nomenclature')} extra={t('planning.sub.nomenclatureHelp')}>
      <AutoComplete
        value={text}
        onChange={setText}
        popupMatchSelectWidth
        options={entries.map((e) => ({
          value: e.code,
          label: (
            <div style={{ whiteSpace: 'normal' }}>
              <Typography.Text code>{e.code}</Typography.Text> {e.name}
            </div>
          ),
        }))}
        onSelect={(code: string) => {
          const entry = entries.find((e) => e.code === code);
          if (entry) onPick(entry);
          setText('');
        }}
        notFoundContent={
          text.trim().length >= 2 && !found.isFetching ? t('planning.sub.nomenclatureNone') : null
        }
      >
        <Input.Search
          aria-label={t('planning.sub.nomenclature')}
          placeholder={t('planning.sub.nomenclaturePlaceholder')}
          loading={found.isFetching}
        />
      </AutoComplete>
    </Form.Item>
  );
}
