#!/usr/bin/env node
// The `lemari` command. Runs the TypeScript sources through tsx so `npx lemari` works
// straight after `npm install`, with no separate build step.
import { register } from 'tsx/esm/api';

// `lemari list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import(new URL('../main/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
