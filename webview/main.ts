import { App, type VsCodeApi } from './app';

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();
// Errors in the page reach the host's output channel instead of vanishing.
const report = (message: string, stack = '') => api.postMessage({ type: 'webview/error', message: message.slice(0, 5000), stack: stack.slice(0, 20000) });
window.addEventListener('error', (e) => report(String(e.message), String((e.error as Error | undefined)?.stack ?? '')));
window.addEventListener('unhandledrejection', (e) => report(String((e.reason as Error)?.message ?? e.reason), String((e.reason as Error)?.stack ?? '')));
document.addEventListener('securitypolicyviolation', (e) => report(`CSP blocked ${e.violatedDirective}: ${e.blockedURI}`));

const app = new App(document.getElementById('app')!, api, window);
app.start();
