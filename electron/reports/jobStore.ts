/**
 * The files of finished export jobs, kept in memory until they are downloaded: a job's result
 * lists the files by name, `reports:download` hands over one of them or the zip of all. Old
 * jobs go first when there are too many or they hold too much, and after half an hour.
 */
import { AppError } from '../../shared/errors.ts';
import { zipFiles } from './zip.ts';

export interface JobFile {
  name: string;
  bytes: Uint8Array;
}

interface Job {
  files: JobFile[];
  archiveName: string;
  bytes: number;
  at: number;
}

export interface ExportJobStore {
  put(jobId: string, files: JobFile[], archiveName: string): void;
  file(jobId: string, index: number): JobFile;
  archive(jobId: string): JobFile;
}

export function createExportJobStore(
  limits: { jobs?: number; bytes?: number; ttlMs?: number } = {},
  clock: () => number = Date.now,
): ExportJobStore {
  const maxJobs = limits.jobs ?? 8;
  const maxBytes = limits.bytes ?? 1024 * 1024 * 1024;
  const ttl = limits.ttlMs ?? 30 * 60 * 1000;
  const jobs = new Map<string, Job>();

  function prune(): void {
    const now = clock();
    for (const [id, job] of jobs) if (now - job.at > ttl) jobs.delete(id);
    let total = [...jobs.values()].reduce((n, j) => n + j.bytes, 0);
    // Map order is insertion order: the oldest job is dropped first.
    for (const [id, job] of jobs) {
      if (jobs.size <= maxJobs && total <= maxBytes) break;
      jobs.delete(id);
      total -= job.bytes;
    }
  }

  function job(jobId: string): Job {
    prune();
    const found = jobs.get(jobId);
    if (!found) {
      throw new AppError('NOT_FOUND', {
        detail: `导出任务 ${jobId} 不存在或已过期，请重新导出 / export job not found or expired`,
        field: 'jobId',
      });
    }
    return found;
  }

  return {
    put(jobId, files, archiveName) {
      jobs.delete(jobId);
      jobs.set(jobId, { files, archiveName, bytes: files.reduce((n, f) => n + f.bytes.byteLength, 0), at: clock() });
      prune();
    },
    file(jobId, index) {
      const file = job(jobId).files[index];
      if (!file) throw new AppError('NOT_FOUND', { detail: `文件 file ${index}`, field: 'index' });
      return file;
    },
    archive(jobId) {
      const found = job(jobId);
      return { name: found.archiveName, bytes: zipFiles(found.files) };
    },
  };
}
