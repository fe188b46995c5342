import { describe, expect, it } from 'vitest';
import { EMPTY_SETTINGS } from './settings.ts';
import { XMP_NAMESPACE, buildXmp, isOwnXmp, mergeIntoXmp, readXmpSettings } from './xmp.ts';

const settings = { ...EMPTY_SETTINGS, prompt: 'a <b> & "c" \u0001 d', seed: 3 };

describe('XMP', () => {
  it('writes a packet with the prompt as caption, and reads the settings back', () => {
    const packet = buildXmp(settings);
    expect(packet.startsWith('<?xpacket begin=')).toBe(true);
    expect(packet).toContain(
      '<rdf:li xml:lang="x-default">a &lt;b&gt; &amp; &quot;c&quot;  d</rdf:li>',
    );
    expect(isOwnXmp(packet)).toBe(true);
    expect(readXmpSettings(packet)).toEqual(settings);
  });

  it('finds the settings under another prefix, and in attribute form', () => {
    const renamed = buildXmp(settings)
      .replaceAll('lstudio:', 'ls2:')
      .replace('xmlns:lstudio=', 'xmlns:ls2=');
    expect(readXmpSettings(renamed)).toEqual(settings);
    const json = JSON.stringify({ prompt: 'x' }).replace(/"/g, '&quot;');
    const attribute = `<rdf:Description xmlns:s="${XMP_NAMESPACE}" s:settings="${json}"/>`;
    expect(readXmpSettings(attribute)).toEqual({ prompt: 'x' });
  });

  it('adds a description to a foreign packet, or says it cannot', () => {
    const foreign = '<x:xmpmeta><rdf:RDF><rdf:Description rdf:about=""/></rdf:RDF></x:xmpmeta>';
    const merged = mergeIntoXmp(foreign, settings)!;
    expect(merged.match(/<rdf:Description/g)).toHaveLength(2);
    expect(merged).not.toContain('dc:description>');
    expect(readXmpSettings(merged)).toEqual(settings);
    expect(mergeIntoXmp('<x:xmpmeta/>', settings)).toBeNull();
  });

  it('answers null for packets without the namespace or with broken JSON', () => {
    expect(readXmpSettings('<x:xmpmeta/>')).toBeNull();
    expect(
      readXmpSettings(`<a xmlns:s="${XMP_NAMESPACE}"><s:settings>{nope</s:settings></a>`),
    ).toBeNull();
  });
});
