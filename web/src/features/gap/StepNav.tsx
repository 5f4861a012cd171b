import { Flex, Menu } from 'antd';
import type { MenuProps } from 'antd';
import { CheckCircleFilled, ExclamationCircleFilled, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { GAP_STEP_GROUPS } from '../../../../domain/planning/gap-content.ts';
import { GAP_GROUP_LABELS } from '../../../../domain/planning/gap-guidance.ts';
import { stepTitle } from './labels.ts';
import { useLang } from './lang.ts';
import type { Section } from './sections.ts';
import { SCREEN_READER_ONLY } from '../../components/screenReaderOnly.ts';

interface Props {
  section: Section;
  onSelect: (section: Section) => void;
  issues: ReadonlyMap<string, number>;
  comments: ReadonlyMap<string, number>;
  /**
   * The parts marked ✓: filled and without issues (completeParts, domain/planning/gap-progress.ts),
   * so an empty step is never checked.
   */
  complete: ReadonlySet<string>;
  /** The KAK/TOR entry: for its editors (to draft it), else only once it exists. */
  showTor: boolean;
}

/** The nine steps grouped as on the official matrix, then the GBS, the TOR and the history. */
export function StepNav({ section, onSelect, issues, comments, complete, showTor }: Props) {
  const { t } = useTranslation();
  const lang = useLang();

  function entry(key: Section, label: string) {
    const checked = complete.has(key);
    const problems = issues.get(key) ?? 0;
    const open = comments.get(key) ?? 0;
    const states = [
      problems ? t('gap.nav.issues', { count: problems }) : checked ? t('gap.nav.complete') : '',
      open ? t('gap.nav.comments', { count: open }) : '',
    ].filter(Boolean);
    return {
      key,
      // Long step titles wrap instead of being cut off at the item's fixed height.
      style: { height: 'auto', lineHeight: 1.35, paddingBlock: 8 },
      label: (
        <Flex justify="space-between" align="center" gap={6} data-testid={`gap-nav-${key}`}>
          <span style={{ whiteSpace: 'normal', lineHeight: 1.3 }}>
            {label}
            {/* The accessible name carries what the icons show. */}
            {states.length > 0 && <span style={SCREEN_READER_ONLY}>{` (${states.join(', ')})`}</span>}
          </span>
          <Flex gap={6} align="center" aria-hidden>
            {open > 0 && (
              <span style={{ color: '#1677ff', fontSize: 12, whiteSpace: 'nowrap' }}>
                <MessageOutlined /> {open}
              </span>
            )}
            {problems > 0 ? (
              <ExclamationCircleFilled style={{ color: '#faad14' }} />
            ) : (
              checked && <CheckCircleFilled style={{ color: '#52c41a' }} />
            )}
          </Flex>
        </Flex>
      ),
    };
  }

  const items: MenuProps['items'] = [
    ...GAP_STEP_GROUPS.map((group) => ({
      type: 'group' as const,
      key: `group-${group.key}`,
      label: GAP_GROUP_LABELS[group.key][lang],
      children: group.steps.map((s) => entry(`${s}` as Section, `${s}. ${stepTitle(s, lang)}`)),
    })),
    {
      type: 'group' as const,
      key: 'group-docs',
      label: t('gap.groups.documents'),
      children: [
        entry('gbs', t('gap.nav.gbs')),
        ...(showTor ? [entry('tor', t('gap.nav.tor'))] : []),
        entry('history', t('gap.nav.history')),
      ],
    },
  ];

  return (
    <nav aria-label={t('gap.nav.label')}>
      <Menu
        mode="inline"
        selectedKeys={[section]}
        items={items}
        onClick={({ key }) => onSelect(key as Section)}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
