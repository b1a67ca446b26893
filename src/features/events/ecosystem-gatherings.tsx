import { useMemo } from 'react';
import { useEcosystems } from '../../api/ecosystems';
import { useEvents } from '../../api/events';
import { useToday } from '../../ui/use-client';
import { Gatherings } from './gatherings';

/** The gatherings one ecosystem hosted, read on their own so a failure stays in this section. */
export function EcosystemGatherings({ id }: { id: string }) {
  const { events, generatedAt } = useEvents();
  const { ecosystems } = useEcosystems();
  const own = useMemo(() => events.filter((event) => event.hosts.includes(id)), [events, id]);
  const names = useMemo(
    () => new Map(ecosystems.map((ecosystem) => [ecosystem.id, ecosystem.name])),
    [ecosystems],
  );
  const today = useToday(generatedAt);
  return <Gatherings events={own} today={today} nameOf={(host) => names.get(host)} />;
}
