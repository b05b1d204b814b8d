/**
 * Pages of long lists (the agenda, the applications). 50 fills a screen or two and answers in well
 * under a millisecond at 10,000 applications; 500 bounds what one request can ask the server to send.
 */
export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;
