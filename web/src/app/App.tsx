import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import idID from 'antd/locale/id_ID';
import enUS from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from './auth.tsx';
import { queryClient } from './queryClient.ts';
import { AppRoutes } from './router.tsx';
import { RouteFocus } from './RouteFocus.tsx';

/*
 * WCAG 2.2 AA asks 4.5:1 for text. antd's defaults give its grey hints, placeholders and the
 * light preset/status tags, links and warnings about 1.9–4.1:1 on white; the greys here are
 * 5.7:1 (4.7:1 for placeholders) and each tag's text is its palette's darker shade (at least
 * 4.5:1 on the tag's own light background). Measured by axe-core in tests/e2e/accessibility.test.ts.
 */
const theme: ThemeConfig = {
  token: {
    colorPrimary: '#7b2d8e',
    borderRadius: 6,
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Links and danger buttons: antd's #1677ff and #ff4d4f are 4.1:1 and 3.9:1 on white.
    colorLink: '#0958d9',
    colorError: '#cf1322',
    // Warning and success text (Typography, alerts): antd's are 1.9:1 and 2.2:1 on white.
    colorWarningText: '#874d00',
    colorSuccessText: '#237804',
  },
  components: {
    // A finished progress bar's "100%"/tick is text too.
    Progress: { colorSuccess: '#237804' },
    Tag: {
      orange7: '#ad4e00',
      gold7: '#874d00',
      green7: '#237804',
      cyan7: '#006d75',
      lime7: '#3f6600',
      volcano7: '#ad2102',
      yellow7: '#876800',
      colorSuccess: '#237804',
      colorWarning: '#874d00',
      colorError: '#a8071a',
      colorInfo: '#0958d9',
    },
  },
};

/**
 * A data router (rather than <BrowserRouter>) so that pages can hold navigation back while
 * they have unsaved changes (useBlocker); the routes themselves stay declarative in AppRoutes.
 * RouteFocus, first inside it, moves the focus as a page load would on every change of page.
 */
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <RouteFocus>
        <AuthProvider>
          <AppRoutes />
        </AuthProvider>
      </RouteFocus>
    ),
  },
]);

export function App() {
  // Re-rendering on language change switches antd's built-in texts along with ours.
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : idID} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
