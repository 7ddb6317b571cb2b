/**
 * One writer per data directory: a LOCK file holding the owner's pid. A lock whose process is
 * gone (killed, crashed) is stale and taken over; a live one is a clear UserError.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(file: string): boolean {
  try {
    fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Take the lock of `dir`; returns the function that releases it. */
export function acquireDirLock(dir: string): () => void {
  const file = path.join(dir, 'LOCK');
  if (!tryCreate(file)) {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(pid) && isAlive(pid)) {
      throw new UserError(`data dir ${dir} is in use by process ${pid} (lock file ${file}); stop that process or use another data dir`, 409);
    }
    fs.rmSync(file, { force: true });
    if (!tryCreate(file)) throw new UserError(`data dir ${dir} was locked by another process just now (lock file ${file})`, 409);
  }
  // A process that exits without closing its store still leaves no lock behind (kill -9 does).
  const release = () => {
    process.off('exit', release);
    fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  let held = true;
  return () => {
    if (held) release();
    held = false;
  };
}
