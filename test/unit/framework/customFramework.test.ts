import assert from 'node:assert/strict';
import { BUILTIN_FRAMEWORKS, FASEN, LOOPBAANCOMPETENTIES, UITGANGSPUNTEN, VALKUILEN } from '../../../src/core/framework/builtinFrameworks';
import { parseCustomFramework, switchFramework } from '../../../src/core/framework/customFramework';
import { parseSessionText, serializeSession } from '../../../src/core/session/sessionFile';
import { sampleSession } from '../session/sessionFixtures';

describe('frameworks', () => {
  it('ships the nine uitgangspunten with the exact labels, grouped 1–4 and 5–9', () => {
    assert.equal(UITGANGSPUNTEN.tags.length, 9);
    assert.equal(UITGANGSPUNTEN.tags[0]!.label.nl, 'Nodig de student uit tot het vertellen van een recente ervaring');
    assert.equal(UITGANGSPUNTEN.tags[7]!.label.nl, 'NIVEA — Niet Invullen Voor Een Ander');
    assert.deepEqual(UITGANGSPUNTEN.tags.map((t) => t.group), [...Array(4).fill('gespreksverloop'), ...Array(5).fill('houding')]);
    assert.deepEqual(UITGANGSPUNTEN.tags.map((t) => t.key), ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    assert.equal(LOOPBAANCOMPETENTIES.tags.length, 5);
    assert.ok(VALKUILEN.tags.some((t) => t.label.nl === 'In de adviesrol schieten'));
  });

  it('ships the four phases of the conversation as a kijkwijzer, in the order of the conversation', () => {
    assert.deepEqual(FASEN.tags.map((t) => t.label.nl), ['Terugkijken', 'Reflecteren', 'Vooruitkijken', 'Activeren']);
    assert.deepEqual(FASEN.tags.map((t) => t.key), ['1', '2', '3', '4']);
    assert.ok(BUILTIN_FRAMEWORKS.includes(FASEN));
  });

  it('orders the loopbaancompetenties as the toolkit does: motieven before kwaliteiten', () => {
    assert.deepEqual(LOOPBAANCOMPETENTIES.tags.map((t) => t.id), ['motievenreflectie', 'kwaliteitenreflectie', 'werkexploratie', 'loopbaansturing', 'netwerken']);
    assert.deepEqual(LOOPBAANCOMPETENTIES.tags.map((t) => t.key), ['1', '2', '3', '4', '5']);
  });

  it('lists the valkuilen the toolkit describes, each with its own key', () => {
    const labels = VALKUILEN.tags.map((t) => t.label.nl);
    for (const v of ['In de inhoud schieten', 'Te snel naar een groot verhaal', 'Eigen verhaal vertellen']) assert.ok(labels.includes(v), v);
    const keys = VALKUILEN.tags.map((t) => t.key);
    assert.equal(new Set(keys).size, keys.length, 'no key toggles two valkuilen');
    for (const f of BUILTIN_FRAMEWORKS) {
      const r = parseSessionText(serializeSession({ ...sampleSession(), framework: f }));
      assert.ok(r.ok, `${f.id} is a valid tag set: ${JSON.stringify(!r.ok && r.problem)}`);
    }
  });

  it('reads a custom tag set, filling in keys and colours', () => {
    const r = parseCustomFramework(JSON.stringify({ id: 'school', name: 'Onze school', tags: [{ id: 'a', label: 'Stilte laten vallen' }, { id: 'b', label: { nl: 'Samenvatten', en: 'Summarising' }, key: '1' }] }));
    assert.ok(r.ok);
    assert.deepEqual(r.framework.tags.map((t) => t.key), ['1', '2']);
    assert.equal(r.framework.tags[1]!.label.en, 'Summarising');
    assert.equal(r.framework.name.en, 'Onze school');
    assert.match(r.framework.tags[0]!.colour, /^#[0-9A-F]{6}$/i);
  });

  it('says what is wrong with a bad tag set file', () => {
    const bad = parseCustomFramework('{\n  "id": "x",\n  "tags": [,]\n}');
    assert.ok(!bad.ok);
    assert.match(bad.message.nl, /regel 3/);
    const noTags = parseCustomFramework(JSON.stringify({ id: 'x', name: 'x', tags: [] }));
    assert.ok(!noTags.ok);
    assert.match(noTags.message.en, /\.tags/);
    const dup = parseCustomFramework(JSON.stringify({ id: 'x', name: 'x', tags: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }));
    assert.ok(!dup.ok);
    assert.match(dup.message.nl, /twee keer/);
    const group = parseCustomFramework(JSON.stringify({ id: 'x', name: 'x', tags: [{ id: 'a', label: 'A', group: 'nope' }] }));
    assert.ok(!group.ok);
  });

  it('keeps tags that are in use when switching tag sets, and the result is a valid session', () => {
    const s = sampleSession();
    const f = switchFramework(s, LOOPBAANCOMPETENTIES);
    const ids = f.tags.map((t) => t.id);
    for (const used of ['u2', 'u3', 'u4', 'u6']) assert.ok(ids.includes(used), used);
    assert.ok(!ids.includes('u9'), 'unused old tags are dropped');
    const r = parseSessionText(serializeSession({ ...s, framework: f }));
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problem));
  });
});
