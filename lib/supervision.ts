/**
 * Ties a child process's life to the `npm start` supervisor: when the supervisor disappears without stopping
 * us (SIGKILL, a crash), we stop too, so nothing is left behind holding a port.
 */
export function exitWithSupervisor(supervisorPid: number | undefined, stop: () => Promise<void>): void {
  if (supervisorPid === undefined) return;
  const timer = setInterval(() => {
    try {
      process.kill(supervisorPid, 0);
    } catch {
      clearInterval(timer);
      void stop();
    }
  }, 2000);
  timer.unref();
}
