import { OPEN_STATES, Resolution, Role, TicketState } from './enums';
import { allowedActions, findTransition, TicketAction, TRANSITIONS } from './transitions';

describe('transition table', () => {
  describe('shape', () => {
    it('has one row per (state, action, role) at most', () => {
      const keys = TRANSITIONS.flatMap((row) =>
        row.roles.map((role) => `${row.from}/${row.action}/${role}`),
      );
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('leaves CLOSED final', () => {
      for (const role of Object.values(Role))
        expect(allowedActions(TicketState.CLOSED, role)).toEqual([]);
    });

    it('lets the customer withdraw from every open state', () => {
      for (const state of OPEN_STATES) {
        expect(findTransition(state, Role.CUSTOMER, TicketAction.WITHDRAW)).toMatchObject({
          to: TicketState.CLOSED,
          resolution: Resolution.WITHDRAWN,
        });
      }
    });

    it('reaches every state from NEW', () => {
      const reached = new Set<TicketState>([TicketState.NEW]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const row of TRANSITIONS) {
          if (reached.has(row.from) && !reached.has(row.to)) {
            reached.add(row.to);
            grew = true;
          }
        }
      }
      expect([...reached].sort()).toEqual(Object.values(TicketState).sort());
    });
  });

  describe('product rules', () => {
    it.each([
      [TicketState.NEW, Role.ENGINEER, TicketAction.START_INVESTIGATION, TicketState.INVESTIGATING],
      [
        TicketState.WAITING_FOR_CUSTOMER,
        Role.CUSTOMER,
        TicketAction.PROVIDE_INFO,
        TicketState.INVESTIGATING,
      ],
      [
        TicketState.WITH_DEVELOPMENT,
        Role.DEVELOPMENT,
        TicketAction.RETURN_TO_SUPPORT,
        TicketState.INVESTIGATING,
      ],
      [
        TicketState.WITH_INTEGRATION_TEAM,
        Role.INTEGRATION,
        TicketAction.RETURN_TO_SUPPORT,
        TicketState.INVESTIGATING,
      ],
      [
        TicketState.WITH_DEVELOPMENT,
        Role.ENGINEER,
        TicketAction.PROPOSE_SOLUTION,
        TicketState.SOLUTION_PROPOSED,
      ],
      [
        TicketState.SOLUTION_PROPOSED,
        Role.CUSTOMER,
        TicketAction.ACCEPT_SOLUTION,
        TicketState.RESOLVED,
      ],
      [
        TicketState.SOLUTION_PROPOSED,
        Role.CUSTOMER,
        TicketAction.REJECT_SOLUTION,
        TicketState.INVESTIGATING,
      ],
      [TicketState.RESOLVED, Role.ADMIN, TicketAction.CLOSE, TicketState.CLOSED],
    ])('in %s, %s may %s, reaching %s', (from, role, action, to) => {
      expect(findTransition(from, role, action)?.to).toBe(to);
    });

    it.each([
      [TicketState.NEW, Role.CUSTOMER, TicketAction.START_INVESTIGATION],
      [TicketState.SOLUTION_PROPOSED, Role.ENGINEER, TicketAction.ACCEPT_SOLUTION],
      [TicketState.RESOLVED, Role.CUSTOMER, TicketAction.CLOSE],
      [TicketState.WITH_DEVELOPMENT, Role.INTEGRATION, TicketAction.RETURN_TO_SUPPORT],
      [TicketState.INVESTIGATING, Role.DEVELOPMENT, TicketAction.ESCALATE_TO_DEVELOPMENT],
    ])('in %s, %s may not %s', (from, role, action) => {
      expect(findTransition(from, role, action)).toBeUndefined();
    });

    it('counts a rejected solution as a reopen and asks why', () => {
      expect(
        findTransition(TicketState.SOLUTION_PROPOSED, Role.CUSTOMER, TicketAction.REJECT_SOLUTION),
      ).toMatchObject({
        reopens: true,
        commentRequired: true,
      });
    });
  });
});
