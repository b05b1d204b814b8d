import { createContext, type ReactNode, useContext } from 'react';
import type { Clock, Profile } from './types.js';

export interface AppInfo {
  clock: Clock;
  profile: Profile;
  /** Loads the clock and profile again (after the settings change). */
  refresh: () => Promise<void>;
}

const Context = createContext<AppInfo | null>(null);

export function AppInfoProvider({ value, children }: { value: AppInfo; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Today and the user's time zone and profile, as the server sees them. */
export function useAppInfo(): AppInfo {
  const info = useContext(Context);
  if (!info) throw new Error('useAppInfo outside the app');
  return info;
}
