// Diagnosis of issue 16's first-double-click race (not part of the e2e suite; run by hand):
//   npm run build && npx tsx test/e2e/diagnostics/openRace.ts [--when=registered|commands|resolver] [--idle=held] [--runs=N]
// It opens the real workbench (the e2e server and profile) on a folder with the demo session and
// double-clicks the session once: as soon as the installed extensions are registered
// (`registered`), after the extension's commands are listed (`commands`, the old wait), or after
// VS Code's "Open With…" list names our editor (`resolver`, the new wait).
// To see inside, it rewrites the served workbench.js in flight (nothing on disk changes) so that
// it records: when the extensions were registered, when the lazily created custom editor service
// came to exist (that is what hands `customEditors` to the editor resolver), when our extension
// registered its editor provider, and which editor the resolver chose for each open.
// `--idle=held` holds back the browser's idle callbacks that have no timeout (the custom editor
// service waits for one), as a busy machine does for seconds; callbacks with a timeout still run.
// The anchors are text of VS Code 1.139's minified bundle: a newer VS Code fails loudly here.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchChromium, stopAll, workbenchUrl } from '../../../scripts/vscode-server.mjs';
import { e2eServer, ROOT, tempWorkspace, waitForExtension, waitForSessionEditor, webviewFrame } from '../workbench';

const SESSION = 'demo.mp4.kleinkijken.json';
const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

/** [anchor in workbench.js, replacement]: each anchor must occur exactly once. */
const PATCHES: [string, string][] = [
  // EditorResolverService's constructor: keep a handle on it.
  ['this._register(this.extensionService.onDidRegisterExtensions(()=>{this.cache=void 0}))',
    'globalThis.__kk={resolves:[],providers:[]},globalThis.__kkResolver=this,this._register(this.extensionService.onDidRegisterExtensions(()=>{this.cache=void 0}))'],
  // CustomEditorService's constructor, which registers the contributed custom editors.
  ['this._contributedEditors=this._register(new Vgi(t)),', 'globalThis.__kk.customEditorServiceAt=performance.now(),this._contributedEditors=this._register(new Vgi(t)),'],
  // AbstractExtensionService: the installed extensions are registered (whenInstalledExtensionsRegistered).
  ['_releaseBarrier(){', '_releaseBarrier(){globalThis.__kk.extensionsRegisteredAt=performance.now();'],
  // MainThreadCustomEditors: an extension registers a custom editor provider.
  ['$registerCustomEditorProvider(e,t,i,n,r,a){', '$registerCustomEditorProvider(e,t,i,n,r,a){globalThis.__kk.providers.push(performance.now());'],
  // EditorResolverService.resolveEditor: the editor chosen for an open (undefined: the text editor).
  ['let{editor:p,conflictingDefault:h}=this.getEditor(l,r.options?.override,u);',
    'let{editor:p,conflictingDefault:h}=this.getEditor(l,r.options?.override,u);globalThis.__kk.resolves.push({at:performance.now(),editor:p?.editorInfo.id??"(text)"});'],
];

interface Seen { extensionsRegisteredAt?: number; customEditorServiceAt?: number; providers: number[]; resolves: { at: number; editor: string }[] }

async function openInstrumented(folder: string, holdIdle: boolean): Promise<Page> {
  const srv = await e2eServer();
  const page = (await launchChromium()).pages()[0]!;
  await page.route(/\/workbench\.js$/, async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    for (const [anchor, replacement] of PATCHES) {
      if (body.split(anchor).length !== 2) throw new Error(`anchor not found exactly once (another VS Code version?): ${anchor}`);
      body = body.replace(anchor, () => replacement);
    }
    await route.fulfill({ response, body });
  });
  if (holdIdle) {
    await page.addInitScript(() => {
      const real = window.requestIdleCallback.bind(window);
      window.requestIdleCallback = (cb, opts) => (opts?.timeout ? real(cb, opts) : 0);
    });
  }
  await page.goto(workbenchUrl(srv, { folder, extensionDevelopmentPath: ROOT }));
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90000 });
  return page;
}

const seen = (page: Page) => page.evaluate(() => ({ now: performance.now(), ...(globalThis as unknown as { __kk: Seen }).__kk }));

async function run(when: string, holdIdle: boolean): Promise<string> {
  const demo = (f: string) => fs.readFileSync(path.join(ROOT, 'media', 'demo', f));
  const folder = tempWorkspace({ 'demo.mp4': demo('demo.mp4'), 'demo.vtt': demo('demo.vtt'), [SESSION]: demo(SESSION) }, 'race');
  const page = await openInstrumented(folder, holdIdle);
  try {
    if (when === 'resolver') await waitForSessionEditor(page, SESSION);
    else if (when === 'commands') await waitForExtension(page);
    else await page.waitForFunction(() => (globalThis as unknown as { __kk?: Seen }).__kk?.extensionsRegisteredAt !== undefined, undefined, { timeout: 90000 });
    const before = await seen(page);
    await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: SESSION }).first().dblclick();
    const shown = await Promise.race([
      webviewFrame(page).locator('.transport').waitFor({ timeout: 60000 }).then(() => 'Klein Kijken', () => 'nothing'),
      page.locator('.part.editor .editor-instance .monaco-editor').waitFor({ timeout: 60000 }).then(() => 'TEXT', () => 'nothing'),
    ]);
    const after = await seen(page);
    const s = (t: number | undefined) => (t === undefined ? '-' : `${(t / 1000).toFixed(1)}s`);
    console.log(`${shown.padEnd(12)} extensions registered ${s(after.extensionsRegisteredAt)}, custom editor service ${s(after.customEditorServiceAt)}, `
      + `our provider ${s(after.providers[0])}, double-click ${s(before.now)}; resolver chose ${after.resolves.map((r) => `${r.editor} at ${s(r.at)}`).join(', ')}`);
    return shown;
  } finally {
    await page.context().close();
  }
}

async function main(): Promise<void> {
  const when = arg('when', 'commands') as 'registered' | 'commands' | 'resolver';
  const holdIdle = arg('idle', 'free') === 'held';
  const runs = Number(arg('runs', '3'));
  const after = { registered: 'the extensions are registered', commands: 'our commands are listed', resolver: '"Open With" names our editor' }[when];
  if (!after) throw new Error(`--when=${when}: expected registered, commands or resolver`);
  console.log(`double-click as soon as ${after}; idle callbacks ${holdIdle ? 'held back' : 'free'}`);
  const outcomes: string[] = [];
  for (let i = 0; i < runs; i++) outcomes.push(await run(when, holdIdle));
  console.log(`outcomes: ${outcomes.join(', ')}`);
}

main().then(
  async () => { await stopAll(); process.exit(0); },
  async (e: unknown) => { console.error(e); await stopAll(); process.exit(1); },
);
