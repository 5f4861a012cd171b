import { App as AntApp, ConfigProvider } from 'antd';
import idID from 'antd/locale/id_ID';
import enUS from 'antd/locale/en_US';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from './auth.tsx';
import { queryClient } from './queryClient.ts';
import { AppRoutes } from './router.tsx';

const theme = { token: { colorPrimary: '#7b2d8e', borderRadius: 6 } };

/**
 * A data router (rather than <BrowserRouter>) so that pages can hold navigation back while
 * they have unsaved changes (useBlocker); the routes themselves stay declarative in AppRoutes.
 */
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
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
