import { configFromEnv } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

/** `npm start`: configuration from the environment, graceful shutdown on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = configFromEnv(process.env);
  } catch (error) {
    console.error(`Waymark: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  // Tests and scripts read this line to learn the port when PORT=0.
  console.log(`Waymark listening on ${server.url}`);
  if (server.signInUrl) {
    // Like Jupyter: the one place a token is printed, on the console of whoever started the server.
    console.log(`Sign in as owner: ${server.signInUrl}`);
  } else {
    logger.warn(
      'WAYMARK_AUTH=off: anyone who can reach this server can read, change and delete every map. Use this only on a trusted single-user machine.',
    );
  }
  if (config.host === '0.0.0.0' || config.host === '::') {
    logger.info('listening on all interfaces: workshop participants on the LAN can open this machine\'s address');
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: saving and stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Waymark could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
