/** The loader side of count-modules.mjs: reports each module it loads, named by its package. */
let port;

export function initialize(data) {
  port = data;
}

export async function load(url, context, next) {
  const name = url.includes('/node_modules/')
    ? url.split('/node_modules/')[1].split('/')[0]
    : url.startsWith('node:')
      ? 'node:*'
      : 'notnow';
  port.postMessage(name);
  return next(url, context);
}
