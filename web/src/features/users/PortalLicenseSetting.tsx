import { App as AntApp, Card, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  PORTAL_LICENSE_INFO,
  PORTAL_LICENSES,
  type PortalLicense,
} from '../../../../domain/portal-license.ts';
import { useRegionSettings, useUpdateRegionSettings } from './api.ts';

/**
 * The open-data licence of the region's verified data (domain/portal-license.ts): the portal's
 * catalogue (DCAT-AP, data.json) names it on every dataset. Beside the separation-of-duties
 * switch because both are the region's own settings, changed by its admin daerah.
 */
export function PortalLicenseSetting({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const settings = useRegionSettings(regionCode);
  const update = useUpdateRegionSettings(regionCode);

  async function save(portalLicense: PortalLicense) {
    try {
      await update.mutateAsync({ portalLicense });
      message.success(t('users.portalLicense.saved'));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <Card size="small" title={t('users.portalLicense.title')} style={{ marginBottom: 16 }}>
      <label htmlFor="portal-license" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        {t('users.portalLicense.label')}
      </label>
      <Select
        id="portal-license"
        style={{ minWidth: 220 }}
        value={settings.data?.portalLicense}
        loading={settings.isPending || update.isPending}
        disabled={!settings.isSuccess}
        options={PORTAL_LICENSES.map((code) => ({ value: code, label: PORTAL_LICENSE_INFO[code].title }))}
        onChange={(value: PortalLicense) => void save(value)}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('users.portalLicense.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
