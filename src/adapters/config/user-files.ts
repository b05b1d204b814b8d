/**
 * The user's own files in the config folder: a playbook override (`playbook.json`) and letter
 * template overrides (`templates/<kind>.<n>.hbs`, `templates/<kind>.<n>.subject.hbs`). Read on demand
 * and once, so commands that need neither never touch the disk for them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotNowError } from '../../core/errors.js';

export interface UserFiles {
  /** The playbook override as parsed JSON, with the file name for messages; null when there is none. */
  playbook(): { raw: unknown; source: string } | null;
  /** Template override texts keyed `<kind>.<n>` or `<kind>.<n>.subject`. */
  templates(): Record<string, string>;
}

export function userFilesIn(configDir: string): UserFiles {
  let playbook: { raw: unknown; source: string } | null | undefined;
  let templates: Record<string, string> | undefined;
  return {
    playbook() {
      if (playbook !== undefined) return playbook;
      const file = join(configDir, 'playbook.json');
      if (!existsSync(file)) {
        playbook = null;
        return playbook;
      }
      try {
        playbook = { raw: JSON.parse(readFileSync(file, 'utf8')), source: file };
      } catch (e) {
        throw new NotNowError('invalid-playbook', `${file}: not valid JSON (${(e as Error).message})`);
      }
      return playbook;
    },
    templates() {
      if (templates !== undefined) return templates;
      const dir = join(configDir, 'templates');
      templates = {};
      if (!existsSync(dir)) return templates;
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith('.hbs')) continue;
        templates[name.slice(0, -'.hbs'.length)] = readFileSync(join(dir, name), 'utf8');
      }
      return templates;
    },
  };
}

/** No overrides at all: the built-in playbook and templates (tests, and a fresh install). */
export const noUserFiles: UserFiles = { playbook: () => null, templates: () => ({}) };
