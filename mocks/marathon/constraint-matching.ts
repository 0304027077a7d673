/** Placement constraints evaluated against an offer and the app's already placed instances. */
import type { AgentOffer } from '../contracts';

export interface PlacedOn {
  hostname: string;
  attributes: Record<string, string | number>;
}

function fieldValue(field: string, agent: PlacedOn): string | undefined {
  if (field === 'hostname' || field === '@hostname') return agent.hostname;
  const key = field.startsWith('@') ? field.slice(1) : field;
  const value = agent.attributes[key];
  return value === undefined ? undefined : String(value);
}

const fullMatch = (pattern: string, value: string) => new RegExp(`^(?:${pattern})$`).test(value);

/** Whether one constraint holds for `offer`, given where the app already runs. */
export function constraintHolds(
  constraint: string[],
  offer: AgentOffer,
  placed: PlacedOn[],
  allOffers: AgentOffer[],
): boolean {
  const [field = '', operator, value] = constraint;
  const offered = fieldValue(field, offer);
  if (operator === 'UNLIKE') return offered === undefined || !fullMatch(value ?? '', offered);
  if (offered === undefined) return false;
  const sameValue = placed.filter((p) => fieldValue(field, p) === offered).length;
  switch (operator) {
    case 'UNIQUE':
      return sameValue === 0;
    case 'CLUSTER':
    case 'IS':
      return offered === value;
    case 'LIKE':
      return fullMatch(value ?? '', offered);
    case 'MAX_PER':
      return sameValue < Number(value);
    case 'GROUP_BY': {
      // Spread evenly: only the least used values (among all known) take the next instance.
      const values = new Set<string>();
      for (const agent of [...allOffers, ...placed]) {
        const v = fieldValue(field, agent);
        if (v !== undefined) values.add(v);
      }
      const counts = [...values].map(
        (v) => placed.filter((p) => fieldValue(field, p) === v).length,
      );
      return sameValue <= Math.min(...counts);
    }
    default:
      return false;
  }
}
