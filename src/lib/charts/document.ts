/**
 * A server-side DOM document for Observable Plot, from linkedom. Each chart
 * gets a fresh one, so that nothing a render leaves behind reaches the next.
 */
import { parseHTML } from 'linkedom';

export function createDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}
