/**
 * Messages of the 2025 reform screens (hamlet moves, unassigned hamlets) in English;
 * messages.vi.ts has the same keys (the type checks it).
 */
export const reformEn = {
  resources: {
    HamletMove: {
      name: 'Hamlet move |||| Hamlet moves',
      fields: {
        id: 'Id', hamletId: 'Hamlet', hamlet: 'Hamlet', unitId: 'Moved to', unit: 'Moved to', fromUnitId: 'Moved from', fromUnit: 'Moved from',
        movedOn: 'On', basis: 'Basis', mapping: 'Old commune\'s mapping', teams: 'Teams', mediators: 'Mediators', note: 'Note',
        movedById: 'Assigned by', createdAt: 'Recorded at', q: 'Search',
      },
    },
    UnassignedHamlet: {
      name: 'Unassigned hamlet |||| Unassigned hamlets',
      fields: {
        id: 'Id', name: 'Hamlet', kind: 'Kind', unitId: 'Old commune', unit: 'Old commune', mapping: 'Mapping', teams: 'Teams', mediators: 'Mediators',
        candidates: 'Candidate communes', candidateUnitId: 'May go to', q: 'Search',
      },
    },
  },
  hoagiai: {
    reform: {
      carryOver: {
        button: 'Carry plan over',
        title: 'Carry plan %{number} over',
        help: 'The plan of a unit before the 2025 reorganisation becomes a new (draft) plan of the unit that succeeded it, with its tasks, targets, budget, responsibilities, reporting rules and criteria. The original stays as it is and read-only. The new plan can then be cascaded to the communes.',
        confirm: 'Carry over',
        done: 'Plan carried over',
        from: 'Carried over from plan',
        by: 'Carried over by',
      },
      basis: { FULL_MAPPING: 'By the mapping (whole commune)', ASSIGNED: 'Assigned by the province', GENERATED: 'Chosen by the demo generator' },
      mapping: { FULL: 'Whole', PARTIAL: 'Split', UNMAPPED: 'Not in the mapping' },
      assign: 'Assign',
      assignTitle: 'Assign "%{name}" to a commune of 1 July 2025',
      assignHelp: 'The hamlet, its team and its mediators pass to the chosen commune from 1 July 2025. Records made before stay with the old commune.',
      destination: 'Commune',
      note: 'Why this commune (resolution, survey ...)',
      assigned: 'Hamlet assigned',
      unassignedNotice: '%{smart_count} hamlet waits for its commune of 1 July 2025 |||| %{smart_count} hamlets wait for their commune of 1 July 2025',
    },
  },
};

export type ReformMessages = typeof reformEn;
