import type { ReactNode } from 'react';

/** A titled part of the day report that says plainly when the range has nothing of its kind. */
export function DayPart({ title, testId, empty, emptyText, children }: { title: string; testId: string; empty: boolean; emptyText: string; children: ReactNode }) {
  return (
    <section className="day-part" data-testid={testId}>
      <h3>{title}</h3>
      {empty ? <p className="muted">{emptyText}</p> : children}
    </section>
  );
}
