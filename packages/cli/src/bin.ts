#!/usr/bin/env node
import { systemClock } from '@stskit/credentials';
import { main } from './main.js';

const TERMINATION_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  clock: systemClock,
  // Handlers are installed only while a command listens, so other commands keep Node's
  // default of dying on these signals.
  onSignal: (listener) => {
    for (const signal of TERMINATION_SIGNALS) process.on(signal, listener);
    return () => {
      for (const signal of TERMINATION_SIGNALS) process.off(signal, listener);
    };
  },
  childStdio: 'inherit',
});
