import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** Catches a broken screen so the rest of the app (and the data) stays reachable. */
class Boundary extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[lemari] screen crashed', error, info.componentStack);
  }

  override render() {
    const { t, children } = this.props;
    if (!this.state.error) return children;
    return (
      <Alert color="red" title={t('app.crashTitle')} role="alert">
        <Stack gap="xs">
          <Text size="sm">{t('app.crashBody')}</Text>
          <Text size="xs" c="dimmed">
            {this.state.error.message}
          </Text>
          <Button variant="light" w="fit-content" onClick={() => this.setState({ error: null })}>
            {t('app.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}

export const ErrorBoundary = withTranslation()(Boundary);
