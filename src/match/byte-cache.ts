/**
 * Bytes kept between runs by key: where the matcher keeps what is slow to work out from an
 * unchanged pack (a large FAQ's analysed text, the asked questions counted). A folder beside the
 * database in production (`createFileCache`); a miss is never an error.
 */
export interface ByteCache {
	read(key: string): Uint8Array | undefined;
	write(key: string, bytes: Uint8Array): void;
}
