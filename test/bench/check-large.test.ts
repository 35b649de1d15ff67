/**
 * The bench's run of `tieout check` on a large release (bench/check-large.ts): it runs the real
 * command and reads its processor time, and a size past the limit is reported as stopped rather
 * than waited for. No time is asserted: the bench measures it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLarge } from '../../bench/check-large.ts';

const work = mkdtempSync(join(tmpdir(), 'tieout-bench-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the bench's tieout check on a large release", () => {
  test('the bundled release once: checked (exit 0), its processor time read', () => {
    const run = checkLarge({ mb: 0.01, cpuSeconds: 120, work });
    expect(run).toMatchObject({ status: 0, stopped: false, bytes: 30_506 });
    expect(run.cpuMs).toBeGreaterThan(0);
  });

  test('a size the command cannot check within its limit is stopped, and said so', () => {
    expect(checkLarge({ mb: 2, cpuSeconds: 1, work })).toMatchObject({ stopped: true, bytes: 30_506 * 66 });
  });
});
