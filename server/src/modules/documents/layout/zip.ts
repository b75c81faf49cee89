import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Office files are zips, and the libraries that write them stamp each with the time and with random
 * ids. Repacking makes them deterministic (the same document gives the same bytes, so a download
 * can be cached and compared): the package's timestamps become the document's date, generated ids
 * are renumbered in order of appearance, and the parts are stored in name order with that date.
 */
export function repack(bytes: Uint8Array, isoDay: string): Buffer {
  const files = unzipSync(bytes);
  const stamp = `${isoDay}T00:00:00Z`;
  const random = new Map<string, string>();
  const renumber = (xml: string) => xml.replace(/\b(Id|r:id|r:embed)="([a-z0-9_-]{21})"/g, (_, attribute: string, id: string) => {
    if (!random.has(id)) random.set(id, `rIdN${random.size + 1}`);
    return `${attribute}="${random.get(id)}"`;
  });
  const out: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    let content = files[name];
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      let xml = strFromU8(content);
      if (name === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<)/g, `$1${stamp}$3`);
      content = strToU8(renumber(xml));
    }
    out[name] = [content, { mtime: new Date(stamp) }];
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}
