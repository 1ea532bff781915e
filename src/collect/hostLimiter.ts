/** Gives out a few request slots per host; one limiter is shared by every source of a run. */
export interface HostLimiter {
  /**
   * Waits until fewer than `perHost` requests to the host of `url` are running and takes a slot.
   * Resolves with the function that gives the slot back (calling it twice is harmless); rejects
   * with the signal's reason when the signal aborts first.
   */
  acquire(url: string, signal?: AbortSignal): Promise<() => void>;
}

interface HostQueue {
  active: number;
  waiting: (() => void)[];
}

/**
 * A per-host semaphore: many feeds often live on one host (a newspaper's twelve section feeds),
 * and a polite client keeps to a couple of connections per server (RFC 9112 §9.4 asks clients
 * to limit them), whatever the overall concurrency of the run.
 */
export function createHostLimiter(perHost = 2): HostLimiter {
  if (!Number.isSafeInteger(perHost) || perHost < 1) throw new TypeError(`createHostLimiter: perHost must be an integer of at least 1, got ${perHost}`);
  const hosts = new Map<string, HostQueue>();

  function release(host: string, queue: HostQueue): void {
    const next = queue.waiting.shift();
    if (next) {
      next(); // The slot passes straight to the next waiter: `active` stays the same.
      return;
    }
    queue.active--;
    if (queue.active === 0) hosts.delete(host);
  }

  function grant(host: string, queue: HostQueue): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release(host, queue);
    };
  }

  return {
    acquire(url, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason as Error);
      const host = new URL(url).host;
      let queue = hosts.get(host);
      if (!queue) {
        queue = { active: 0, waiting: [] };
        hosts.set(host, queue);
      }
      if (queue.active < perHost) {
        queue.active++;
        return Promise.resolve(grant(host, queue));
      }
      const waitingOn = queue;
      return new Promise((resolve, reject) => {
        const onAbort = (): void => {
          waitingOn.waiting.splice(waitingOn.waiting.indexOf(granted), 1);
          reject(signal?.reason as Error);
        };
        const granted = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve(grant(host, waitingOn));
        };
        waitingOn.waiting.push(granted);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
