/**
 * The tabs of an event page (/kelembagaan/kegiatan/:id). Each feature that hangs off an event
 * adds its tab here with a one-line edit (import + entry): attendance (H4), training and
 * certificates (H6); follow-ups (H5) sit in the minutes tab or here. A tab is shown when
 * `show` says so; `render` gets the event as the detail API answers it (api/meetings.ts).
 *
 * `labelKey` is an i18n key (web/src/app/locales).
 */
import type { ReactNode } from 'react';
import type { AccessActor } from '../../../../domain/access.ts';
import type { MeetingDetailDto } from '../../../../api/meetings.ts';
import { SummaryTab } from './SummaryTab.tsx';
import { InviteesTab } from './InviteesTab.tsx';
import { MinutesTab } from './MinutesTab.tsx';
import { FollowUpsSection } from '../follow-ups/FollowUpsSection.tsx';
import { TRAINING_TAB } from '../training/tab.tsx';
import { ATTENDANCE_TAB } from '../attendance/tab.tsx';

export type Meeting = MeetingDetailDto;

export interface EventTab {
  key: string;
  labelKey: string;
  show: (meeting: Meeting, actor: AccessActor) => boolean;
  render: (meeting: Meeting) => ReactNode;
}

export const EVENT_TABS: EventTab[] = [
  {
    key: 'ringkasan',
    labelKey: 'meetings.tabs.summary',
    show: () => true,
    render: (m) => <SummaryTab meeting={m} />,
  },
  {
    key: 'undangan',
    labelKey: 'meetings.tabs.invitees',
    show: () => true,
    render: (m) => <InviteesTab meeting={m} />,
  },
  {
    key: 'notulen',
    labelKey: 'meetings.tabs.minutes',
    show: (m) => m.status !== 'cancelled',
    render: (m) => <MinutesTab meeting={m} />,
  },
  {
    key: 'tindak-lanjut',
    labelKey: 'followUps.tab',
    show: (m) => m.status !== 'cancelled',
    render: (m) => <FollowUpsSection meeting={m} />,
  },
  ATTENDANCE_TAB,
  TRAINING_TAB,
];
