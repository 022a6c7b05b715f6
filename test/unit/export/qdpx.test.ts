import { strict as assert } from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import { qdcCodebook, qdpxProject, safeZipEntryName, transcriptPlainText } from '../../../src/core/export/qdpx';
import { fixtureSession } from '../../fixtures/export/fixtureSession';
import { hostileSession } from '../../fixtures/export/hostileSession';
import { attrs, xmllint } from './exportTestKit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GUID_ATTRS = ['creatingUser', 'targetGUID'];

function checkProject(xml: string): void {
  const lint = xmllint(xml);
  assert.ok(lint.ok, lint.stderr);
  assert.match(xml, /<Project xmlns="urn:QDA-XML:project:1\.0"/);
  const defined = new Set<string>();
  const refs: string[] = [];
  for (const m of xml.matchAll(/<\w+\b([^>]*)>/g)) {
    const a = attrs(m[1]!);
    if (a.guid) {
      assert.match(a.guid, UUID);
      assert.ok(!defined.has(a.guid), `duplicate guid ${a.guid}`);
      defined.add(a.guid);
    }
    for (const k of GUID_ATTRS) if (a[k]) refs.push(a[k]);
  }
  assert.ok(refs.length > 0);
  for (const r of refs) assert.ok(defined.has(r), `unresolved GUID reference ${r}`);
}

describe('REFI-QDA', () => {
  it('.qdpx is a zip with a well-formed project.qde whose GUID references all resolve', () => {
    const { zip } = qdpxProject(fixtureSession(), { date: '2024-03-12T15:00:00.000Z' });
    const files = unzipSync(zip);
    const xml = strFromU8(files['project.qde']!);
    checkProject(xml);
    const tg = /<TextSource guid="([^"]+)"[^>]*plainTextPath="internal:\/\/([^"]+)\.txt"/.exec(xml)!;
    assert.equal(tg[1], tg[2]);
    assert.ok(files[`Sources/${tg[1]}.txt`], 'the transcript text is inside Sources/');
    assert.match(xml, /<VideoSource guid="[^"]+" name="gesprek Sanne\.mp4" path="relative:\/\/opnames\/gesprek Sanne\.mp4">/);
    assert.match(xml, /<VideoSelection [^>]*begin="12400" end="13400"/);
  });

  it('text selections cover the linked segments, in characters of the stored text', () => {
    const s = fixtureSession();
    const { text } = transcriptPlainText(s);
    const xml = qdpxProject(s).projectXml;
    const sel = /<PlainTextSelection [^>]*name="00:12[^"]*" startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    const chars = [...text].slice(Number(sel[1]), Number(sel[2])).join('');
    assert.equal(chars, '[00:06] Sanne Bakker: Op mijn stage moest ik ineens alleen de groep draaien. Ik baalde er echt van.');
  });

  it('the same session gets the same GUIDs; another session different ones', () => {
    const a = qdpxProject(fixtureSession()).projectXml.match(/guid="[^"]+"/g);
    const b = qdpxProject(fixtureSession()).projectXml.match(/guid="[^"]+"/g);
    assert.deepEqual(a, b);
    const other = fixtureSession();
    other.id = 'sother';
    assert.notDeepEqual(qdpxProject(other).projectXml.match(/guid="[^"]+"/g), a);
  });

  it('hostile names and titles: entries stay inside the zip, XML stays well-formed', () => {
    const s = hostileSession();
    s.recording = { path: '../../x/<evil>" name.m4a', size: 1, quickHash: 'x', durationSec: null };
    const { zip, entries } = qdpxProject(s);
    for (const name of Object.keys(unzipSync(zip)).concat(entries)) {
      assert.ok(!name.includes('..') && !name.startsWith('/') && !name.includes('\\') && /^[A-Za-z0-9._/-]+$/.test(name), name);
    }
    checkProject(strFromU8(unzipSync(zip)['project.qde']!));
    assert.match(strFromU8(unzipSync(zip)['project.qde']!), /<AudioSource /);
  });

  it('safeZipEntryName cannot climb out', () => {
    for (const bad of ['../../etc/passwd', '/abs/x', 'C:\\win\\x', 'a/../../b', '..', '', '....//x']) {
      const n = safeZipEntryName(bad);
      assert.ok(!n.split('/').some((p) => p === '..' || p === '') && !n.includes('\\') && !n.startsWith('/') && !/^[A-Za-z]:/.test(n), `${bad} → ${n}`);
    }
  });

  it('.qdc codebook is well-formed, in the codebook namespace, with every tag', () => {
    const xml = qdcCodebook(fixtureSession());
    assert.ok(xmllint(xml).ok);
    assert.match(xml, /<CodeBook xmlns="urn:QDA-XML:codebook:1\.0"/);
    assert.equal((xml.match(/isCodable="true"/g) ?? []).length, 9);
  });
});
