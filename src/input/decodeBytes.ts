// Bytes → text. STUB (foundation): replaced by BOM / UTF-8 validity / meta charset / detector logic.
export interface Decoded {
  text: string;
  encoding: string;
}

export function decodeBytes(bytes: Buffer): Decoded {
  return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), encoding: 'utf-8' };
}
