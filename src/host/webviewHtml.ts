import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/**
 * The webview page: a strict Content Security Policy with a nonce, no inline script, no
 * 'unsafe-inline' styles, and nothing remote. Scripts and styles come from dist/ and media/.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, lang: string, title: string): string {
  const nonce = randomBytes(16).toString('base64');
  const uri = (...p: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...p)).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `media-src ${webview.cspSource} blob:`,
    `font-src ${webview.cspSource}`,
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="kk-nonce" content="${nonce}">
<link rel="stylesheet" href="${uri('dist', 'codicon.css')}" nonce="${nonce}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${uri('media', 'editor.css')}" nonce="${nonce}">
${['transcript', 'details', 'questions', 'review', 'mirror'].map((p) => `<link rel="stylesheet" href="${uri('media', 'panels', `${p}.css`)}" nonce="${nonce}">`).join('\n')}
<title>${esc(title)}</title>
</head>
<body>
<div id="app" role="application" aria-label="${esc(title)}"></div>
<script nonce="${nonce}" src="${uri('dist', 'webview.js')}"></script>
</body>
</html>`;
}
