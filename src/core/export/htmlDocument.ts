import { escapeHtml, type ExportLocale } from './exportText';

/**
 * The frame of every exported HTML file: self-contained (inline CSS only), no scripts, no external
 * resources, and a CSP that forbids them anyway, so even a text that slipped past escaping could
 * not load or run anything. Print CSS makes it a werkblad on A4.
 */
const CSS = `
body { font-family: Calibri, "Segoe UI", Arial, sans-serif; font-size: 11pt; color: #111; margin: 2em; line-height: 1.4; }
h1 { font-size: 18pt; margin: 0 0 .4em; } h2 { font-size: 14pt; margin: 1.2em 0 .4em; } h3 { font-size: 12pt; margin: 1em 0 .3em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eee; }
.meta { color: #444; font-size: 10pt; }
.write { height: 2.2em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; } dt { font-weight: bold; }
.detail { border-left: 4px solid #999; padding: .2em .8em; margin: .6em 0; page-break-inside: avoid; }
@media print {
  body { margin: 0; font-size: 10pt; }
  @page { size: A4; margin: 15mm; }
  tr, .detail { page-break-inside: avoid; }
  thead { display: table-header-group; }
}`;

export function htmlDocument(title: string, body: string, locale: ExportLocale): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
