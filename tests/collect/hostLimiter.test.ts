import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../src/collect/hostLimiter.js';

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('createHostLimiter', () => {
  it('gives out perHost slots per host and queues the rest in order', async () => {
    const limiter = createHostLimiter(2);
    const first = await limiter.acquire('https://a.example/1');
    await limiter.acquire('https://a.example/2');
    const third = limiter.acquire('https://a.example/3');
    const fourth = limiter.acquire('https://a.example/4');
    expect(await settled(third)).toBe(false);
    first();
    expect(await settled(third)).toBe(true);
    expect(await settled(fourth)).toBe(false);
    (await third)();
    expect(await settled(fourth)).toBe(true);
  });

  it('keeps hosts apart, ports included', async () => {
    const limiter = createHostLimiter(1);
    await limiter.acquire('https://a.example/');
    expect(await settled(limiter.acquire('https://b.example/'))).toBe(true);
    expect(await settled(limiter.acquire('https://a.example:8443/'))).toBe(true);
    expect(await settled(limiter.acquire('https://A.EXAMPLE/other'))).toBe(false);
  });

  it('counts a slot given back twice only once', async () => {
    const limiter = createHostLimiter(1);
    const release = await limiter.acquire('https://a.example/');
    const waiting = limiter.acquire('https://a.example/');
    release();
    release();
    await waiting;
    expect(await settled(limiter.acquire('https://a.example/'))).toBe(false);
  });

  it('drops a waiter whose signal aborts, with the signal’s reason', async () => {
    const limiter = createHostLimiter(1);
    const release = await limiter.acquire('https://a.example/');
    const controller = new AbortController();
    const abandoned = limiter.acquire('https://a.example/', controller.signal);
    const next = limiter.acquire('https://a.example/');
    controller.abort(new Error('deadline'));
    await expect(abandoned).rejects.toThrow('deadline');
    release();
    expect(await settled(next)).toBe(true);
    await expect(limiter.acquire('https://a.example/', AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });

  it('rejects a limit below 1', () => {
    expect(() => createHostLimiter(0)).toThrow(TypeError);
  });
});
