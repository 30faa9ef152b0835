import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Catalogue } from '../api/catalogue';

export const CatalogueContext = createContext<Catalogue | null>(null);

/** The catalogue the API served at sign-in; pages below the signed-in shell only. */
export function useCatalogue(): Catalogue {
  const value = useContext(CatalogueContext);
  if (value === null) throw new Error('useCatalogue outside a loaded catalogue');
  return value;
}
