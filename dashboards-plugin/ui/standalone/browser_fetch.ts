/** The standalone host's HttpFetch: the browser's fetch, errors as ApiError with the server's message. */
import { ApiError, HttpFetch } from '../api/http';

export const browserFetch: HttpFetch = async ({ method, path, query }) => {
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query)}` : '';
  const response = await fetch(`.${path}${search}`, {
    method,
    // the host, like OSD, refuses state-changing calls without it
    headers: method === 'GET' ? { accept: 'application/json' } : { accept: 'application/json', 'osd-xsrf': 'true' },
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    body = { message: text };
  }
  if (!response.ok) {
    const message = (body as { message?: unknown }).message;
    throw new ApiError(response.status, typeof message === 'string' ? message : `${response.status} ${response.statusText}`);
  }
  return body;
};
