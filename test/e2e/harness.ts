// Entry point of the end-to-end harness: real browsers, the built extension, and the sandbox.
export { findBrowser, IN_CI, requireBrowser, shouldSkip, type BrowserLookup } from './harness/browsers';
export { ChromiumExtension, waitFor } from './harness/chromium';
export { useChromiumSuite, type ChromiumSuite } from './harness/chromium-suite';
export { runFirefox, type FirefoxRun } from './harness/firefox';
export { buildExtension, type TestBuild } from './harness/extension-build';
export { SANDBOX_CREDENTIALS, SandboxControl, startTestSandbox, type LoggedRequest, type TestSandbox } from './harness/sandbox';
