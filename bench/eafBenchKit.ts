/** A generated ELAN file of `n` annotations on one tier, shaped like ELAN's own output. */
export function generatedEaf(n: number): string {
  const slots: string[] = [];
  const anns: string[] = [];
  for (let i = 0; i < n; i++) {
    slots.push(`        <TIME_SLOT TIME_SLOT_ID="ts${2 * i + 1}" TIME_VALUE="${i * 3000}"/>`, `        <TIME_SLOT TIME_SLOT_ID="ts${2 * i + 2}" TIME_VALUE="${i * 3000 + 2500}"/>`);
    anns.push(
      `        <ANNOTATION>\n            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a${i + 1}" TIME_SLOT_REF1="ts${2 * i + 1}" TIME_SLOT_REF2="ts${2 * i + 2}">\n` +
        `                <ANNOTATION_VALUE>Ik baalde best wel &amp; ik wist het niet… wat gebeurde er precies ${i}</ANNOTATION_VALUE>\n` +
        `            </ALIGNABLE_ANNOTATION>\n        </ANNOTATION>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<ANNOTATION_DOCUMENT xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" AUTHOR="" FORMAT="3.0" VERSION="3.0" xsi:noNamespaceSchemaLocation="http://www.mpi.nl/tools/elan/EAFv3.0.xsd">\n' +
    `    <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>\n    <TIME_ORDER>\n${slots.join('\n')}\n    </TIME_ORDER>\n` +
    `    <TIER LINGUISTIC_TYPE_REF="default-lt" PARTICIPANT="Daan" TIER_ID="Daan">\n${anns.join('\n')}\n    </TIER>\n</ANNOTATION_DOCUMENT>\n`
  );
}
