import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

const require = createRequire(import.meta.url);
let iconv: Iconv | undefined;

/**
 * iconv-lite, loaded the first time a feed is not UTF-8. It is half a megabyte of code and tables
 * that every run compiled at start-up, before its first request, to read feeds that nearly all
 * are UTF-8 (which Node's own TextDecoder reads).
 */
export function loadIconv(): Iconv {
  iconv ??= require('iconv-lite') as Iconv;
  return iconv;
}
