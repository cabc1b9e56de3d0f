import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { xsdRoot } from './reference';

/** The published XML API schemas (tests/reference/xsd). */
export const XSD_ROOT = xsdRoot;

const NAMESPACES = ['meeting', 'user', 'site', 'ep', 'attendee', 'meetingtype'] as const;

// A wrapper at the root of the schema tree imports every service namespace we send, so one
// validation run accepts any of our requests. Relative schemaLocations resolve from there.
const WRAPPER_NAME = 'wrapper.xsd';
const WRAPPER = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:webex-host-helper:wrapper">
  <xsd:import namespace="http://www.webex.com/schemas/2002/06/service" schemaLocation="service/service.xsd"/>
${NAMESPACES.map(
  (ns) =>
    `  <xsd:import namespace="http://www.webex.com/schemas/2002/06/service/${ns}" schemaLocation="service/${ns}/${ns}.xsd"/>`,
).join('\n')}
</xsd:schema>`;

function listXsdFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listXsdFiles(path);
    return name.endsWith('.xsd') ? [path] : [];
  });
}

let preload: { fileName: string; contents: string }[] | undefined;

function schemaFiles() {
  preload ??= listXsdFiles(XSD_ROOT)
    .filter((path) => !path.includes('/training/'))
    .map((path) => ({ fileName: relative(XSD_ROOT, path), contents: readFileSync(path, 'utf8') }));
  return preload;
}

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

/** Validates one XML API message against the published schemas. */
export async function validateAgainstXsd(xml: string): Promise<XsdResult> {
  const result = await validateXML({
    xml: [{ fileName: 'request.xml', contents: xml }],
    schema: [{ fileName: WRAPPER_NAME, contents: WRAPPER }],
    preload: schemaFiles(),
    maxMemoryPages: 16384,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

/**
 * Validates several messages in one xmllint run (one WebAssembly start instead of one per
 * message), for property tests. Results are in the order of `xmls`.
 */
export async function validateManyAgainstXsd(xmls: readonly string[]): Promise<XsdResult[]> {
  if (xmls.length === 0) return [];
  const files = xmls.map((contents, index) => ({ fileName: `request-${index}.xml`, contents }));
  const result = await validateXML({
    xml: files,
    schema: [{ fileName: WRAPPER_NAME, contents: WRAPPER }],
    preload: schemaFiles(),
    maxMemoryPages: 16384,
  });
  const validated = new Set(result.rawOutput.split('\n'));
  const namesFile = (message: string, fileName: string) =>
    message.startsWith(`${fileName}:`) || message.startsWith(`${fileName} `);
  const belongsTo = (error: (typeof result.errors)[number], fileName: string) => {
    if (error.loc !== null) return error.loc.fileName === fileName;
    // Lines such as "request-3.xml fails to validate" carry no location but name their file.
    const namesAny = files.some((file) => namesFile(error.rawMessage, file.fileName));
    return !namesAny || namesFile(error.rawMessage, fileName);
  };
  return files.map(({ fileName }) => {
    const errors = result.errors
      .filter((error) => belongsTo(error, fileName))
      .map((error) => error.rawMessage);
    return { valid: validated.has(`${fileName} validates`) && errors.length === 0, errors };
  });
}
