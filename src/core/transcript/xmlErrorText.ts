/**
 * saxes (6.0.0) reports in English only. Its messages, in Dutch beside the English, so an import
 * error reads in the user's language; a message not in this list (a newer saxes) keeps its English
 * after a Dutch lead-in, so nothing is lost.
 */
const DUTCH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^disallowed character in attribute name\.$/, () => 'niet toegestaan teken in een attribuutnaam.'],
  [/^disallowed character in closing tag\.$/, () => 'niet toegestaan teken in een eindtag.'],
  [/^disallowed character in tag name\.?$/, () => 'niet toegestaan teken in een elementnaam.'],
  [/^disallowed character in processing instruction name\.$/, () => 'niet toegestaan teken in de naam van een verwerkingsinstructie.'],
  [/^disallowed character in entity name\.$/, () => 'niet toegestaan teken in de naam van een entiteit.'],
  [/^disallowed character\.$/, () => 'niet toegestaan teken (bijvoorbeeld een stuurteken, of "<" in een attribuutwaarde).'],
  [/^text data outside of root node\.$/, () => 'tekst buiten het hoofdelement.'],
  [/^XML declaration is incomplete\.$/, () => 'de XML-declaratie is onvolledig.'],
  [/^unbound namespace prefix: (.*)\.$/, (m) => `voorvoegsel ${m[1]} is niet gedeclareerd (xmlns:…).`],
  [/^the string "\]\]>" is disallowed in char data\.$/, () => '"]]>" mag niet in tekst staan.'],
  [/^malformed comment\.$/, () => 'ongeldig commentaar.'],
  [/^attribute without value\.$/, () => 'attribuut zonder waarde.'],
  [/^xmlns prefix must be bound to (.*)\.$/, (m) => `het voorvoegsel xmlns moet naar ${m[1]} wijzen.`],
  [/^xml prefix must be bound to (.*)\.$/, (m) => `het voorvoegsel xml moet naar ${m[1]} wijzen.`],
  [/^unmatched closing tag: (.*)\.$/, (m) => `eindtag </${m[1]}> hoort bij geen open element.`],
  [/^unclosed tag: (.*)$/, (m) => `element <${m[1]}> is niet afgesloten.`],
  [/^the default namespace may not be set to (.*)\.$/, (m) => `de standaardnaamruimte mag niet ${m[1]} zijn.`],
  [/^malformed name: (.*)\.$/, (m) => `ongeldige naam: ${m[1]}.`],
  [/^expected the name (.*)\.$/, (m) => `verwacht werd de naam ${m[1]}.`],
  [/^expected one of (.*)$/, (m) => `verwacht werd een van ${m[1]}.`],
  [/^duplicate attribute: (.*)\.$/, (m) => `attribuut ${m[1]} staat er twee keer.`],
  [/^whitespace required\.$/, () => 'hier hoort een spatie.'],
  [/^weird empty close tag\.$/, () => 'lege eindtag.'],
  [/^version number must match .*$/, () => 'het versienummer moet 1.x zijn.'],
  [/^value required\.$/, () => 'waarde ontbreekt.'],
  [/^value must be quoted\.$/, () => 'de waarde staat niet tussen aanhalingstekens.'],
  [/^unquoted attribute value\.$/, () => 'attribuutwaarde zonder aanhalingstekens.'],
  [/^unexpected end\.$/, () => 'het bestand houdt onverwacht op.'],
  [/^unexpected close tag\.$/, () => 'eindtag past niet bij het open element.'],
  [/^the XML declaration must appear at the start of the document\.$/, () => 'de XML-declaratie moet aan het begin van het bestand staan.'],
  [/^an XML declaration must be at the start of the document\.$/, () => 'de XML-declaratie moet aan het begin van het bestand staan.'],
  [/^tags may not have "xmlns" as prefix\.$/, () => 'een element mag niet "xmlns" als voorvoegsel hebben.'],
  [/^standalone value must match .*$/, () => 'standalone moet "yes" of "no" zijn.'],
  [/^processing instructions are not allowed before root\.$/, () => 'verwerkingsinstructie op een plek waar die niet mag.'],
  [/^processing instruction without a target\.$/, () => 'verwerkingsinstructie zonder naam.'],
  [/^no whitespace between attributes\.$/, () => 'geen spatie tussen attributen.'],
  [/^may not assign the xml namespace to another prefix\.$/, () => 'de xml-naamruimte mag geen ander voorvoegsel krijgen.'],
  [/^malformed character entity\.$/, () => 'ongeldige tekenverwijzing (&#…;).'],
  [/^invalid attempt to undefine prefix in XML 1\.0$/, () => 'in XML 1.0 kan een voorvoegsel niet worden opgeheven.'],
  [/^incorrect syntax\.$/, () => 'onjuiste opbouw.'],
  [/^inappropriately located doctype declaration\.$/, () => 'DOCTYPE op een plek waar die niet mag.'],
  [/^forward-slash in opening tag not followed by >\.$/, () => '"/" in een begintag zonder ">" erna.'],
  [/^empty entity name\.$/, () => 'entiteit zonder naam ("&;").'],
  [/^undefined entity\.$/, () => 'onbekende entiteit: alleen &amp; &lt; &gt; &quot; &apos; en &#…; zijn toegestaan (eigen entiteiten worden nooit ingevuld).'],
  [/^documents may contain only one root\.$/, () => 'een bestand mag maar één hoofdelement hebben.'],
  [/^document must contain a root element\.$/, () => 'er staat geen element in het bestand.'],
  [/^did not expect any more name\/value pairs\.$/, () => 'te veel gegevens in de XML-declaratie.'],
  [/^XML declaration must contain a version\.$/, () => 'de XML-declaratie mist de versie.'],
  [/^The character \? is disallowed anywhere in XML declarations\.$/, () => '"?" mag niet in de XML-declaratie staan.'],
];

/** A saxes error message (with or without its "line:column: " prefix), in Dutch and English. */
export function xmlErrorText(raw: string): { nl: string; en: string } {
  const en = raw.replace(/^\d+:\d+: /, '');
  for (const [re, nl] of DUTCH) {
    const m = re.exec(en);
    if (m) return { nl: `Geen geldige XML: ${nl(m)}`, en: `Not valid XML: ${en}` };
  }
  return { nl: `Geen geldige XML (${en})`, en: `Not valid XML: ${en}` };
}
