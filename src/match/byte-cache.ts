/**
 * Bytes kept between runs by key: where the matcher keeps what is slow to work out from an
 * unchanged pack (a large FAQ's analysed text, the asked questions counted). A folder beside the
 * database in production (`createFileCache`); a miss is never an error.
 */
export interface ByteCache {
	read(key: string): Uint8Array | undefined;
	write(key: string, bytes: Uint8Array): void;
}

/**
 * How both caches lay out what they keep: a JSON header, its length first, then a body of typed
 * arrays starting on an 8-byte boundary.
 */
export function frame(header: unknown, bodyLength: number): { readonly bytes: Uint8Array; readonly bodyStart: number } {
	const json = Buffer.from(JSON.stringify(header));
	const bodyStart = align(4 + json.length);
	const bytes = new Uint8Array(bodyStart + bodyLength);
	new DataView(bytes.buffer).setUint32(0, json.length, true);
	bytes.set(json, 4);
	return { bytes, bodyStart };
}

/**
 * The header and body of framed bytes. The body is a copy of its own, so typed arrays over it are
 * aligned (a Node Buffer's slice would share a pooled ArrayBuffer at some other offset). Throws on
 * bytes that are not framed; callers take that as a miss.
 */
export function unframe(bytes: Uint8Array): { readonly header: unknown; readonly body: ArrayBuffer } {
	const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0, true);
	const header: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, headerLength).toString('utf8'));
	return { header, body: new Uint8Array(bytes.subarray(align(4 + headerLength))).buffer };
}

function align(offset: number): number {
	return Math.ceil(offset / 8) * 8;
}
