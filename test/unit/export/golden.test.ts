import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { detailsVtt } from '../../../src/core/export/detailsVtt';
import { eafExport } from '../../../src/core/export/eafExport';
import { qdcCodebook, qdpxProject } from '../../../src/core/export/qdpx';
import { questionListCsv } from '../../../src/core/export/questionListCsv';
import { questionListHtml } from '../../../src/core/export/questionListHtml';
import { questionListMarkdown } from '../../../src/core/export/questionListMarkdown';
import { questionBankForExport } from '../../../src/core/export/questionListRows';
import { reviewReportHtml } from '../../../src/core/export/reviewReportHtml';
import { reviewReportMarkdown } from '../../../src/core/export/reviewReportMarkdown';
import { fixtureSession, fixtureSession2 } from '../../fixtures/export/fixtureSession';

/**
 * Every text export of the fixture session, compared byte for byte with test/fixtures/export/golden.
 * UPDATE_GOLDEN=1 rewrites the files instead (review the diff before committing).
 */
const GOLDEN = path.join(__dirname, '../../fixtures/export/golden');
const DATE = '2024-03-12T15:00:00.000Z';

function bank() {
  return questionBankForExport([
    { sessionPath: 'a/gesprek.kleinkijken.json', session: fixtureSession() },
    { sessionPath: 'b/oefen.kleinkijken.json', session: fixtureSession2() },
  ]);
}

const CASES: [string, () => string][] = [
  ['questions.md', () => questionListMarkdown(bank())],
  ['questions.en.md', () => questionListMarkdown(bank(), { locale: 'en' })],
  ['questions.csv', () => questionListCsv(bank())],
  ['questions.html', () => questionListHtml(bank())],
  ['review.md', () => reviewReportMarkdown(fixtureSession())],
  ['review.roles.md', () => reviewReportMarkdown(fixtureSession(), { pseudonymise: 'roles' })],
  ['review.html', () => reviewReportHtml(fixtureSession())],
  ['details.vtt', () => detailsVtt(fixtureSession())],
  ['session.eaf', () => eafExport(fixtureSession(), { date: DATE })],
  ['codebook.qdc', () => qdcCodebook(fixtureSession())],
  ['project.qde', () => strFromU8(unzipSync(qdpxProject(fixtureSession(), { date: DATE }).zip)['project.qde']!)],
  ['transcript.txt', () => {
    const files = unzipSync(qdpxProject(fixtureSession(), { date: DATE }).zip);
    const name = Object.keys(files).find((k) => k.startsWith('Sources/'))!;
    return strFromU8(files[name]!);
  }],
];

describe('export golden files', () => {
  for (const [name, make] of CASES) {
    it(`${name} matches its golden file`, () => {
      const actual = make();
      const file = path.join(GOLDEN, name);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, actual);
        return;
      }
      assert.ok(existsSync(file), `no golden file ${name}; create it with UPDATE_GOLDEN=1`);
      assert.equal(actual, readFileSync(file, 'utf8'));
    });
  }

  it('the same session gives the same output twice (no hidden clock or randomness)', () => {
    for (const [name, make] of CASES) assert.equal(make(), make(), name);
  });
});
