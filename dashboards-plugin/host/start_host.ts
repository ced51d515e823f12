/** Starts the host's HTTP server on 127.0.0.1; resolves once it listens. */
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { OpenSearchTransport } from '../common/api/handle_route';
import { createRequestHandler } from './request_handler';

export const HOST = '127.0.0.1';

export class PortTakenError extends Error {}

export interface RunningHost {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export function startHost(options: {
  port: number;
  uiRoot: string;
  transport: OpenSearchTransport;
}): Promise<RunningHost> {
  const handler = createRequestHandler(options);
  const server = createServer((request, response) => void handler(request, response));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PortTakenError(`port ${options.port} on ${HOST} is taken; pick another with --port`)
          : new Error(`cannot listen on ${HOST}:${options.port}: ${error.message}`)
      );
    });
    server.listen(options.port, HOST, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${HOST}:${port}/`,
        stop: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
