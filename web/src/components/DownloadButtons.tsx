import { useState, type ReactNode } from 'react';
import { App as AntApp, Button, Space } from 'antd';
import { downloadFile } from '../features/explore/download.ts';

export interface DownloadChoice {
  key: string;
  label: string;
  icon: ReactNode;
  url: string;
  /** The file's name when the server's Content-Disposition gives none. */
  fallbackName: string;
  testId: string;
}

/**
 * A row of buttons, each fetching a generated file (seconds for a PDF or a DOCX) with its own
 * spinner, then handing it to the browser; a refusal shows the server's message, not JSON.
 */
export function DownloadButtons({
  choices,
  downloaded,
}: {
  choices: DownloadChoice[];
  /** The success message, given the file's name. */
  downloaded: (name: string) => string;
}) {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (c: DownloadChoice) => {
    setBusy(c.key);
    try {
      message.success(downloaded(await downloadFile(c.url, c.fallbackName)));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      {choices.map((c) => (
        <Button
          key={c.key}
          icon={c.icon}
          loading={busy === c.key}
          onClick={() => void run(c)}
          data-testid={c.testId}
        >
          {c.label}
        </Button>
      ))}
    </Space>
  );
}
