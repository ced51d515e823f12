import React, { ReactNode, createContext, useContext } from 'react';
import { UebaClient } from '../api/client';
import { Navigation } from '../router/use_location';

export interface AppServices {
  client: UebaClient;
  navigation: Navigation;
  /** Grows each time the analyst asks for fresh data; views put it in their requests' keys. */
  refreshCount: number;
  refresh(): void;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) {
    throw new Error('useServices outside ServicesProvider');
  }
  return services;
}
