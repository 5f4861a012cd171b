import { App as AntApp, Button } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingKind } from '../../../../domain/meetings/constants.ts';
import { formatDate } from '../../components/format.ts';
import { fetchPreviousOpen } from './api.ts';

/** The longest agenda item the meetings API accepts (api/meetings.ts meetingListItem). */
const AGENDA_ITEM_MAX = 500;

type Target = { meetingId: string } | { regionCode: string; kind: MeetingKind; before: string };

/**
 * "Tarik tindak lanjut Rakor sebelumnya": on a Rakor's agenda, reads the open follow-ups of the
 * region's previous meeting of the same kind and hands the form one agenda item listing them
 * (`onPull(text)`); the form adds it to its agenda. For a saved meeting pass `meetingId`; for a
 * new one the region, kind and first day — or a function answering either, read on click (a
 * form's current date).
 */
export function PullPreviousFollowUps({
  target,
  onPull,
  disabled,
}: {
  target: Target | (() => Target);
  onPull: (agendaText: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const pull = async () => {
    setBusy(true);
    try {
      const { previous, items } = await fetchPreviousOpen(typeof target === 'function' ? target() : target);
      if (!previous || items.length === 0) {
        message.info(t('followUps.pull.none'));
        return;
      }
      const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
      const lines = items.map(
        (f, i) =>
          `${i + 1}. ${t('followUps.pull.item', {
            text: short(f.text),
            owner: f.owner.name,
            due: formatDate(f.dueDate),
            status: t(`followUps.statuses.${f.status}`),
          })}`,
      );
      const agendaOf = (list: string) =>
        t('followUps.pull.agendaText', {
          title: previous.title,
          date: formatDate(previous.startsOn),
          items: list,
        });
      // An agenda item is one line of at most AGENDA_ITEM_MAX characters: as many as fit, then "+N".
      let shown = lines.length;
      let list = lines.join('; ');
      while (shown > 1 && agendaOf(list).length > AGENDA_ITEM_MAX) {
        shown -= 1;
        list = `${lines.slice(0, shown).join('; ')}; +${lines.length - shown}`;
      }
      onPull(agendaOf(list).slice(0, AGENDA_ITEM_MAX));
      message.success(t('followUps.pull.added', { count: items.length, title: previous.title }));
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<ImportOutlined />}
      onClick={() => void pull()}
      loading={busy}
      disabled={disabled}
      data-testid="follow-up-pull"
    >
      {t('followUps.pull.button')}
    </Button>
  );
}
