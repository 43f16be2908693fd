/**
 * A PdfPrinter that opens its engine on the first print, reuses it for everything printed
 * while it is open (a batch of 500 score sheets launches one browser), and closes it after
 * `idleMs` without a job, so an idle workstation keeps no browser running.
 */
import type { PdfPrinter } from './printer.ts';

export function lazyPrinter(open: () => Promise<PdfPrinter>, idleMs = 60_000): PdfPrinter {
  let engine: Promise<PdfPrinter> | null = null;
  let running = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const shut = async () => {
    const current = engine;
    engine = null;
    if (timer) clearTimeout(timer);
    timer = null;
    if (current) await (await current.catch(() => null))?.close();
  };

  return {
    async print(html) {
      if (timer) clearTimeout(timer);
      timer = null;
      running += 1;
      try {
        // A failed launch is not kept: the next print tries again (the user may install Edge).
        engine ??= open().catch((err: unknown) => {
          engine = null;
          throw err;
        });
        return await (await engine).print(html);
      } finally {
        running -= 1;
        if (running === 0 && engine) {
          timer = setTimeout(() => void shut(), idleMs);
          // An idle timer must not keep a CLI process alive.
          timer.unref?.();
        }
      }
    },
    close: shut,
  };
}
