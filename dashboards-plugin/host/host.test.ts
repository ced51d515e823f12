// @vitest-environment node
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenSearchRequest } from '../common/api/opensearch_request';
import { parseOptions } from './options';
import { openSearchTransport } from './opensearch_transport';
import { CONTENT_SECURITY_POLICY } from './request_handler';
import { PortTakenError, RunningHost, startHost } from './start_host';

const running: { stop(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => item.stop()));
});

function uiRoot(): string {
  const parent = mkdtempSync(join(tmpdir(), 'ueba-host-'));
  const root = join(parent, 'ui');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>UEBA</title>');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'not the UI');
  return root;
}

async function host(calls: OpenSearchRequest[] = []): Promise<RunningHost> {
  const started = await startHost({
    port: 0,
    uiRoot: uiRoot(),
    transport: async (request) => {
      calls.push(request);
      return { status: 200, body: { jobs: [] } };
    },
  });
  running.push(started);
  return started;
}

describe('host', () => {
  it('serves the UI under a content security policy without unsafe-eval', async () => {
    const { url } = await host();
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>UEBA</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    const asset = await fetch(`${url}assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${url}assets/%2e%2e/%2e%2e/secret.txt`)).status).toBe(404);
  });

  it('answers the API through the shared routes', async () => {
    const calls: OpenSearchRequest[] = [];
    const { url } = await host(calls);
    const jobs = await fetch(`${url}api/ueba/jobs`);
    expect(await jobs.json()).toEqual({ jobs: [] });
    expect(calls).toEqual([{ method: 'GET', path: '/_plugins/_ueba/jobs' }]);
    const bad = await fetch(`${url}api/ueba/graph?max_edges=0`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain('[max_edges]');
    expect((await fetch(`${url}api/ueba/_cluster/settings`)).status).toBe(404);
    expect(calls).toHaveLength(1);
  });

  it('refuses a state-changing call without the osd-xsrf header', async () => {
    const calls: OpenSearchRequest[] = [];
    const { url } = await host(calls);
    expect((await fetch(`${url}api/ueba/jobs/demo/_run`, { method: 'POST' })).status).toBe(400);
    expect(calls).toEqual([]);
    const run = await fetch(`${url}api/ueba/jobs/demo/_run`, { method: 'POST', headers: { 'osd-xsrf': 'true' } });
    expect(run.status).toBe(200);
    expect(calls).toEqual([{ method: 'POST', path: '/_plugins/_ueba/jobs/demo/_run' }]);
  });

  it('listens on 127.0.0.1 only and says when the port is taken', async () => {
    const first = await host();
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = Number(new URL(first.url).port);
    await expect(startHost({ port, uiRoot: uiRoot(), transport: async () => ({ status: 200, body: {} }) })).rejects.toThrow(
      PortTakenError
    );
  });
});

describe('options', () => {
  it('read the port and the OpenSearch URL, with their defaults', () => {
    expect(parseOptions([])).toEqual({ port: 5601, opensearch: new URL('http://127.0.0.1:9200') });
    expect(parseOptions(['--port', '5602', '--opensearch=http://u:p@127.0.0.1:9260'])).toEqual({
      port: 5602,
      opensearch: new URL('http://u:p@127.0.0.1:9260'),
    });
    expect(() => parseOptions(['--port', 'x'])).toThrow('--port');
    expect(() => parseOptions(['--opensearch', 'ftp://x'])).toThrow('--opensearch');
    expect(() => parseOptions(['--verbose', '1'])).toThrow("unknown option '--verbose'");
  });
});

describe('OpenSearch transport', () => {
  let upstream: Server | undefined;
  afterEach(() => upstream?.close());

  it('sends the credentials of the URL as basic auth, and the request as JSON', async () => {
    const seen: { url?: string; authorization?: string; body?: string; method?: string } = {};
    upstream = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        Object.assign(seen, { url: request.url, authorization: request.headers.authorization, body, method: request.method });
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"error":{"reason":"no such index"}}');
      });
    });
    await new Promise<void>((resolve) => upstream!.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as AddressInfo;
    const transport = openSearchTransport(new URL(`http://admin:s%40cret@127.0.0.1:${port}`));
    const answer = await transport({
      method: 'POST',
      path: '/logins-demo/_search',
      querystring: { ignore_unavailable: 'true' },
      body: { size: 0 },
    });
    expect(answer).toEqual({ status: 404, body: { error: { reason: 'no such index' } } });
    expect(seen).toEqual({
      url: '/logins-demo/_search?ignore_unavailable=true',
      authorization: `Basic ${Buffer.from('admin:s@cret').toString('base64')}`,
      body: '{"size":0}',
      method: 'POST',
    });
  });
});
