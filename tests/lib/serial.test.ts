import { describe, expect, test } from 'vitest';
import { serially } from '../../src/lib/serial.js';

describe('serially', () => {
	test('GIVEN a slow task queued before a quick one WHEN both run THEN the quick one starts only after the slow one ended', async () => {
		const run = serially();
		const log: string[] = [];
		let release: () => void = () => {};
		const slow = run(async () => {
			log.push('slow start');
			await new Promise<void>((resolve) => (release = resolve));
			log.push('slow end');
		});
		const quick = run(async () => log.push('quick'));
		while (log.length === 0) await Promise.resolve();
		release();
		await Promise.all([slow, quick]);
		expect(log).toEqual(['slow start', 'slow end', 'quick']);
	});

	test('GIVEN a task that fails WHEN the next one is queued THEN the failure goes to its caller and the next still runs', async () => {
		const run = serially();
		const failing = run(async () => {
			throw new Error('boom');
		});
		await expect(failing).rejects.toThrow('boom');
		expect(await run(async () => 'next')).toBe('next');
	});
});
