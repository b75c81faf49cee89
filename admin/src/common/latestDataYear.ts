import { gql } from '@apollo/client';
import { useEffect, useState } from 'react';
import { apolloClient } from '../graphql/apolloClient';
import { lastYear } from './search';

const LATEST = gql`query LatestDataYear { latestDataYear }`;

/**
 * The year the console's year pickers start on: the latest year with data the signed-in user
 * reads (the server's latestDataYear: 2026 for today's units, 2024 for a district abolished in
 * 2025), or last year when it reads none. Null while it loads.
 */
export function useLatestDataYear(): number | null {
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    apolloClient.query<{ latestDataYear: number | null }>({ query: LATEST, fetchPolicy: 'no-cache' })
      .then((result) => live && setYear(result.data.latestDataYear ?? lastYear()))
      .catch(() => live && setYear(lastYear()));
    return () => { live = false; };
  }, []);
  return year;
}
