/**
 * The system Chromium (apt's, on CI) as the e2e tests and the R1 benchmark launch it: no
 * background networking, component updates or sync, so nothing but the app talks.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
