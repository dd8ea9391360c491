import type { People, Person } from "../../db/repos/people.js";
import type { IncomingMessage } from "../types.js";
import type { IsoDate } from "../../domain/dates.js";

/** Who sent a message: their contacts (one per committee role) and whether the deployment made them admin. */
export type Actor = { people: Person[]; deploymentAdmin: boolean; name: string; contactId: number | null };

/** today: a stand-in acts for the agency only on their leave's dates (after them, as anyone else). */
export async function resolveActor(people: People, message: IncomingMessage, admins: ReadonlySet<string>, today: IsoDate): Promise<Actor> {
  const rows = await people.peopleFor(message.channel, message.senderId, undefined, today);
  return {
    people: rows,
    deploymentAdmin: admins.has(`${message.channel}:${message.senderId}`),
    name: message.senderName ?? rows[0]?.name ?? message.senderId,
    contactId: rows[0]?.contactId ?? null,
  };
}

export function isAdmin(actor: Actor, committeeId?: string | null): boolean {
  return actor.deploymentAdmin || actor.people.some((p) => p.role === "admin" && (!committeeId || p.committeeId === committeeId));
}

/** The agencies this person reports for. */
export function focalOf(actor: Actor): Person[] {
  return actor.people.filter((p) => p.role === "focal" && p.agencyId !== null);
}


export function contactIn(actor: Actor, committeeId: string): number | null {
  return (actor.people.find((p) => p.committeeId === committeeId) ?? actor.people[0])?.contactId ?? null;
}
