import { strict as assert } from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import { CSV_BOM, csvCell, questionListCsv } from '../../../src/core/export/questionListCsv';
import { questionListDocx } from '../../../src/core/export/questionListDocx';
import { questionListHtml } from '../../../src/core/export/questionListHtml';
import { questionBankForExport } from '../../../src/core/export/questionListRows';
import { reviewReportDocx } from '../../../src/core/export/reviewReportDocx';
import { buildQuestionBank } from '../../../src/core/questions/questionBank';
import { fixtureSession, fixtureSession2 } from '../../fixtures/export/fixtureSession';
import { parseCsv, xmllint } from './exportTestKit';

const DUTCH = 'Café „één” ‘ruzie’ — naïef, ë; "quote"\nnieuwe regel';

function dutchBank() {
  const s = fixtureSession2();
  s.questions[0] = { ...s.questions[0]!, text: DUTCH, note: 'Notitie; met puntkomma' };
  return buildQuestionBank([{ sessionPath: 'x', session: s }]);
}

describe('question list: CSV', () => {
  it('starts with a BOM, uses ; by default and reads back with Dutch characters intact', () => {
    const csv = questionListCsv(dutchBank());
    assert.ok(csv.startsWith(CSV_BOM));
    const rows = parseCsv(csv.slice(1), ';');
    assert.deepEqual(rows[0], ['Vraag', 'Herkomst', 'Soort', 'Functie in de methode', 'Uitgangspunten', 'Gesteld door', 'Voorgesteld of op de lijst gezet door', 'Gesprek', 'Moment', 'Notitie']);
    const row = rows.find((r) => r[0]!.startsWith('Café'))!;
    // the list is one line per question: the newline became a space
    assert.equal(row[0], DUTCH.replace('\n', ' '));
    assert.equal(row[9], 'Notitie; met puntkomma');
    assert.equal(row[8], '01:04');
    assert.equal(row[1], 'Gesteld in het gesprek');
    assert.ok(rows.every((r) => r.length === 10));
  });

  it('can use , as separator', () => {
    const rows = parseCsv(questionListCsv(dutchBank(), { separator: ',' }).slice(1), ',');
    assert.equal(rows.find((r) => r[0]!.startsWith('Café'))![0], DUTCH.replace('\n', ' '));
  });

  it('defuses formulas', () => {
    for (const v of ['=1+1', '+cmd', '-1+1', '@SUM(1)', '\tx', '\rx']) assert.ok(csvCell(v, ';').replace(/^"/, '').startsWith("'"), v);
    assert.equal(csvCell('gewoon', ';'), 'gewoon');
  });
});

describe('question list: HTML werkblad', () => {
  it('is self-contained: CSP, no script, no external resources, escaped text', () => {
    const s = fixtureSession2();
    s.questions[0] = { ...s.questions[0]!, text: '<b>vet</b> & "zo"' };
    const html = questionListHtml(buildQuestionBank([{ sessionPath: 'x', session: s }]));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.ok(!/<script|src=|href=|@import|url\(/i.test(html));
    assert.ok(html.includes('&lt;b&gt;vet&lt;/b&gt; &amp; &quot;zo&quot;'));
    assert.match(html, /@media print/);
  });
});

describe('DOCX', () => {
  it('question list: document.xml holds the texts, escaped', async () => {
    const s = fixtureSession2();
    s.questions[0] = { ...s.questions[0]!, text: 'Wat <gebeurde> er & toen? „ja”' };
    const bytes = await questionListDocx(buildQuestionBank([{ sessionPath: 'x', session: s }]));
    assert.ok(bytes instanceof Uint8Array);
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']!);
    assert.ok(xml.includes('Wat &lt;gebeurde&gt; er &amp; toen? „ja”'));
    assert.ok(xml.includes('Wat wil je hierna anders doen?'));
    assert.ok(xml.includes('Voorgesteld of op de lijst gezet door'));
    // The function in the method, as a column in the trainers' words.
    assert.ok(xml.includes('Functie in de methode') && xml.includes('vooruitkijken'));
    assert.ok(xmllint(xml).ok);
  });

  it('review report: context, leervraag, details and feedforward are in document.xml', async () => {
    const xml = strFromU8(unzipSync(await reviewReportDocx(fixtureSession()))['word/document.xml']!);
    for (const text of ['Hoe blijf ik bij het kleine verhaal van de student?', 'Pedagogisch medewerker', 'Ze vult niets in en laat Sanne vertellen.', 'Volgende keer na een emotiewoord eerst stil blijven.', 'Feedback per uitgangspunt', 'Wanneer voelde je je eerder zo machteloos?']) {
      assert.ok(xml.includes(text.replace(/"/g, '&quot;')), text);
    }
    assert.ok(xmllint(xml).ok);
  });

  it('questionBankForExport pseudonymises before merging', () => {
    const bank = questionBankForExport([{ sessionPath: 'a', session: fixtureSession() }], 'roles');
    assert.ok(bank.every((e) => e.occurrences.every((o) => !/Bram|Chantal/.test(o.proposedBy))));
  });
});
