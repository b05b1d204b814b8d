/**
 * Pages of long lists (the agenda, the applications) when the caller does not say: 20, about a
 * screen (the web app asks for what its pages show); 500 bounds what one request can ask the server
 * to send.
 */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 500;
