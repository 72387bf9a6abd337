import { createTheme } from '@mantine/core';

/** Noto Sans is bundled with the app (no font is fetched from the internet). */
export const theme = createTheme({
  fontFamily: '"Noto Sans", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans", system-ui, sans-serif' },
  primaryColor: 'teal',
  defaultRadius: 'sm',
});
