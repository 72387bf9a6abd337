import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createRendererClient } from './api/client';
import { ApiProvider } from './api/ApiContext';
import { subscribeLiveRefresh } from './api/liveRefresh';
import { pickTransport } from './api/pickTransport';
import { App } from './app/App';
import { theme } from './app/theme';
import { TOAST_LIMIT, TOAST_WIDTH } from './app/toastZone';
import { initI18n } from './i18n';

const client = createRendererClient(pickTransport());
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true, staleTime: 5_000 } },
});
subscribeLiveRefresh(client, queryClient);
initI18n('id');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      {/* In the foot of the navigation column, which holds no button (app/toastZone.ts). */}
      <Notifications position="bottom-left" containerWidth={TOAST_WIDTH} limit={TOAST_LIMIT} />
      <QueryClientProvider client={queryClient}>
        <ApiProvider client={client}>
          <App />
        </ApiProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
