/** Every benchmark, in the order `npm run bench` runs them. Add a module here to add a benchmark. */
import api from './api.mjs';
import cli from './cli-cold-start.mjs';
import profile from './cli-start-profile.mjs';
import growth from './growth.mjs';
import importMbox from './import-mbox.mjs';
import postgres from './postgres-cli.mjs';
import webToday from './web-today.mjs';

export const BENCHMARKS = [cli, profile, growth, postgres, api, webToday, importMbox];
