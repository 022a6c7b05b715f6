import { strict as assert } from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import { detailsVtt } from '../../../src/core/export/detailsVtt';
import { eafExport } from '../../../src/core/export/eafExport';
import { qdcCodebook, qdpxProject } from '../../../src/core/export/qdpx';
import { questionListCsv } from '../../../src/core/export/questionListCsv';
import { questionListDocx } from '../../../src/core/export/questionListDocx';
import { questionListHtml } from '../../../src/core/export/questionListHtml';
import { questionListMarkdown } from '../../../src/core/export/questionListMarkdown';
import { reviewReportDocx } from '../../../src/core/export/reviewReportDocx';
import { reviewReportHtml } from '../../../src/core/export/reviewReportHtml';
import { reviewReportMarkdown } from '../../../src/core/export/reviewReportMarkdown';
import { buildQuestionBank } from '../../../src/core/questions/questionBank';
import { hostileSession } from '../../fixtures/export/hostileSession';
import { EAF_XSD, parseCsv, xmllint } from './exportTestKit';

/** The hostile corpus comes out inert in every format. */
const bank = () => buildQuestionBank([{ sessionPath: 'h', session: hostileSession() }]);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function checkHtml(html: string): void {
  // Only our own tags: every "<" starts a tag from a fixed list.
  for (const m of html.matchAll(/<\/?([a-zA-Z0-9!]+)/g)) {
    assert.ok(['!DOCTYPE', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'li', 'dl', 'dt', 'dd', 'div', 'span', 'strong', 'blockquote', 'br'].includes(m[1]!), `unexpected tag <${m[1]}`);
  }
  assert.ok(!/<script|<img/i.test(html));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the text survives, escaped');
  assert.ok(!CONTROL.test(html), 'control or bidi characters left');
}

function checkMarkdown(md: string): void {
  assert.ok(!/(?<!\\)</.test(md), 'an unescaped < could open raw HTML');
  assert.ok(!CONTROL.test(md));
}

describe('hostile text in every export', () => {
  it('HTML: question list and review report', () => {
    checkHtml(questionListHtml(bank()));
    checkHtml(reviewReportHtml(hostileSession()));
  });

  it('Markdown: question list and review report', () => {
    checkMarkdown(questionListMarkdown(bank()));
    checkMarkdown(reviewReportMarkdown(hostileSession()));
  });

  it('CSV: every formula-like cell is prefixed; rows stay 10 cells', () => {
    const rows = parseCsv(questionListCsv(bank()).slice(1), ';');
    assert.ok(rows.length > 5);
    for (const row of rows) {
      assert.equal(row.length, 10);
      for (const cell of row) assert.ok(!/^[=+\-@\t\r\n]/.test(cell), `live formula: ${cell.slice(0, 30)}`);
    }
    assert.ok(rows.some((r) => r[0] === `'=HYPERLINK("http://x","y")`));
  });

  it('XML formats are well-formed; EAF still validates', () => {
    const eaf = eafExport(hostileSession(), { date: '2024-01-01T00:00:00Z' });
    const r = xmllint(eaf, EAF_XSD);
    assert.ok(r.ok, r.stderr);
    assert.ok(xmllint(qdcCodebook(hostileSession())).ok);
    assert.ok(xmllint(strFromU8(unzipSync(qdpxProject(hostileSession()).zip)['project.qde']!)).ok);
  });

  it('DOCX document.xml is well-formed and holds the script text as text', async () => {
    for (const bytes of [await questionListDocx(bank()), await reviewReportDocx(hostileSession())]) {
      const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
      assert.ok(xmllint(xml).ok);
      assert.ok(xml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(!xml.includes('<script>'));
    }
  });

  it('WebVTT: no markup, no extra cue timings', () => {
    const vtt = detailsVtt(hostileSession());
    assert.ok(!/<(?!\/?c|\/?b)/.test(vtt.replace(/&lt;/g, '')), 'raw < in cue text');
    assert.equal(vtt.split('-->').length - 1, hostileSession().details.length);
    assert.ok(!CONTROL.test(vtt));
  });
});
