// jest's jsdom environment lacks TextEncoder/TextDecoder, which jsdom itself needs when a test in
// that environment also parses fixture pages with jsdom. Import this first.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
