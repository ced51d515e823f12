/**
 * The standalone host: the UEBA UI and its /api/ueba/* routes without OpenSearch Dashboards, on
 * 127.0.0.1 only. CI's end-to-end tests and the demo run it; OSD runs the same routes in server/.
 */
import { fileURLToPath } from 'node:url';
import { USAGE, UsageError, parseOptions } from './options';
import { openSearchTransport } from './opensearch_transport';
import { startHost } from './start_host';

async function main(): Promise<number | undefined> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`ueba ui: ${error.message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const host = await startHost({
    port: options.port,
    uiRoot: fileURLToPath(new URL('../ui/', import.meta.url)),
    transport: openSearchTransport(options.opensearch),
  });
  console.log(`ueba ui: ${host.url}`);
  const stop = () => void host.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) {
      process.exit(code);
    }
  },
  (error: unknown) => {
    console.error(`ueba ui: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
);
