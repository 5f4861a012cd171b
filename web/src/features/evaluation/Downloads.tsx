import { FileExcelOutlined, FilePdfOutlined, FileZipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import type { WorksheetDetail } from './api.ts';

/** The worksheet's files: XLSX and PDF, the verification report once verified, the evidence ZIP. */
export function WorksheetDownloads({ w }: { w: WorksheetDetail }) {
  const { t } = useTranslation();
  if (!w.can.export) return null;
  const base = `/api/evaluation-worksheets/${w.id}`;
  return (
    <DownloadButtons
      downloaded={(name) => t('evaluation.downloaded', { name })}
      choices={[
        {
          key: 'xlsx',
          label: 'XLSX',
          icon: <FileExcelOutlined />,
          url: `${base}/export/xlsx`,
          fallbackName: 'lembar-kerja.xlsx',
          testId: 'download-xlsx',
        },
        {
          key: 'pdf',
          label: 'PDF',
          icon: <FilePdfOutlined />,
          url: `${base}/export/pdf`,
          fallbackName: 'lembar-kerja.pdf',
          testId: 'download-pdf',
        },
        ...(w.decisions.length
          ? [
              {
                key: 'report',
                label: t('evaluation.verificationReport'),
                icon: <FilePdfOutlined />,
                url: `${base}/verification-report`,
                fallbackName: 'laporan-verifikasi.pdf',
                testId: 'download-report',
              },
            ]
          : []),
        {
          key: 'zip',
          label: t('evaluation.evidenceZip'),
          icon: <FileZipOutlined />,
          url: `${base}/evidence-zip`,
          fallbackName: 'bukti-dukung.zip',
          testId: 'download-zip',
        },
      ]}
    />
  );
}

/** The recap's files (a province side by side, or the nation). */
export function RecapDownloads({ scope, cycleId }: { scope: string; cycleId: string }) {
  const { t } = useTranslation();
  const base = `/api/regions/${encodeURIComponent(scope)}/evaluation/recap`;
  return (
    <DownloadButtons
      downloaded={(name) => t('evaluation.downloaded', { name })}
      choices={[
        {
          key: 'xlsx',
          label: 'XLSX',
          icon: <FileExcelOutlined />,
          url: `${base}/xlsx?cycleId=${cycleId}`,
          fallbackName: 'rekap.xlsx',
          testId: 'recap-xlsx',
        },
        {
          key: 'pdf',
          label: 'PDF',
          icon: <FilePdfOutlined />,
          url: `${base}/pdf?cycleId=${cycleId}`,
          fallbackName: 'rekap.pdf',
          testId: 'recap-pdf',
        },
      ]}
    />
  );
}
