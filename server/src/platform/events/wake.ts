// In-process wake-up for event dispatchers: recordEvent pokes after writing, and a dispatcher in
// this process reads a little later (the writer's transaction has usually committed by then).
// It is a hint, never the delivery guarantee: dispatchers also poll, which covers events written
// by other processes and pokes that came before their transaction committed. We do not NOTIFY
// from the writing transaction: PostgreSQL serialises the commits of notifying transactions on a
// global lock, which would queue the morning quiz peak on one lock.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onEventsRecorded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pokeDispatchers(): void {
  for (const l of listeners) l();
}
