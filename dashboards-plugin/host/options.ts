/** The host's command line: `--port N --opensearch URL`. */

export interface HostOptions {
  port: number;
  opensearch: URL;
}

export const USAGE = `usage: node build/host/server.mjs [--port 5601] [--opensearch http://127.0.0.1:9200]

Serves the UEBA UI at / and its API at /api/ueba/* on 127.0.0.1, proxying to OpenSearch.
The OpenSearch URL may carry basic-auth credentials: http://user:pass@host:port`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): HostOptions | 'help' {
  let port = 5601;
  let opensearch = 'http://127.0.0.1:9200';
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i];
    if (option === '--help' || option === '-h') {
      return 'help';
    }
    const [name, inlineValue] = option.split(/=(.*)/s, 2);
    const value = inlineValue ?? argv[++i];
    if (value === undefined) {
      throw new UsageError(`${name} needs a value`);
    }
    switch (name) {
      case '--port':
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
          throw new UsageError(`--port must be a port number from 1 to 65535, got '${value}'`);
        }
        port = Number(value);
        break;
      case '--opensearch':
        opensearch = value;
        break;
      default:
        throw new UsageError(`unknown option '${name}'`);
    }
  }
  let url: URL;
  try {
    url = new URL(opensearch);
  } catch {
    throw new UsageError(`--opensearch must be a URL like http://127.0.0.1:9200, got '${opensearch}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--opensearch must be an http or https URL, got '${opensearch}'`);
  }
  return { port, opensearch: url };
}
