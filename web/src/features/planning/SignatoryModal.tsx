import { Alert, Form, Input, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { useSaveSignatory, useSignatory, type SignatoryInput } from './api-letterhead.ts';
import { formatNip } from './nip.ts';

interface Props {
  open: boolean;
  opdId: string;
  opdName: string;
  onClose: () => void;
}

const FIELDS = ['name', 'nip', 'position', 'rank'] as const;

/** NIP: 18 digits, often typed in groups (19700101 199503 1 001); spaces are dropped. */
const NIP = /^\d{18}$/;

/** Who signs an OPD's GAP/GBS/TOR: its head, with NIP, position and rank. */
export function SignatoryModal({ open, opdId, opdName, onClose }: Props) {
  const { t } = useTranslation();
  const current = useSignatory(open ? opdId : null);
  const save = useSaveSignatory();

  async function submit(values: SignatoryInput) {
    await save.mutateAsync({
      opdId,
      input: {
        name: values.name.trim(),
        nip: (values.nip ?? '').replace(/\s+/g, ''),
        position: (values.position ?? '').trim(),
        rank: (values.rank ?? '').trim(),
      },
    });
    return t('planning.signatory.saved', { opd: opdName });
  }

  const data = current.data;
  return (
    <FormModal<SignatoryInput>
      // The form starts from the saved values, so it is drawn only once they are here.
      key={data ? `${opdId}-${data.updatedAt ?? 'new'}` : `${opdId}-loading`}
      open={open}
      title={t('planning.signatory.title', { opd: opdName })}
      initialValues={
        data ? { name: data.name, nip: formatNip(data.nip), position: data.position, rank: data.rank } : {}
      }
      fields={FIELDS}
      pending={save.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />
      {current.isPending ? (
        <Spin />
      ) : (
        <>
          {data && !data.isSet && (
            <Alert type="info" showIcon title={t('planning.signatory.notSet')} style={{ marginBottom: 16 }} />
          )}
          <Form.Item
            name="name"
            label={t('planning.signatory.name')}
            rules={[
              { required: true, whitespace: true, message: t('common.required') },
              { max: 150, message: t('planning.signatory.nameMax') },
            ]}
          >
            <Input autoFocus placeholder={t('planning.signatory.namePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="nip"
            label={t('planning.signatory.nip')}
            extra={t('planning.signatory.nipHelp')}
            rules={[
              {
                validator: async (_r, value: string | undefined) => {
                  const digits = (value ?? '').replace(/\s+/g, '');
                  if (digits && !NIP.test(digits)) throw new Error(t('planning.signatory.nipFormat'));
                },
              },
            ]}
          >
            <Input inputMode="numeric" placeholder="19700101 199503 1 001" />
          </Form.Item>
          <Form.Item name="position" label={t('planning.signatory.position')}>
            <Input placeholder={t('planning.signatory.positionPlaceholder', { opd: opdName })} />
          </Form.Item>
          <Form.Item name="rank" label={t('planning.signatory.rank')}>
            <Input placeholder={t('planning.signatory.rankPlaceholder')} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
