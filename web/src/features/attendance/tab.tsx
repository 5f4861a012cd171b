import type { EventTab } from '../meetings/eventTabs.tsx';
import { AttendanceTab } from './AttendanceTab.tsx';

/** The event page's "Kehadiran" tab: every reader sees it; personal data and writes follow the API's answer. */
export const ATTENDANCE_TAB: EventTab = {
  key: 'kehadiran',
  labelKey: 'attendance.tab',
  show: () => true,
  render: (m) => <AttendanceTab meeting={m} />,
};
