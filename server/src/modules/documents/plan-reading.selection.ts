/**
 * The whole of a PlanTextReading, as POST /documents/plan-readings answers it (the console asks
 * readPlanText for the same fields, admin/src/plans/import/importApi.ts).
 */
const AGENCY = 'label agencyId agencyKind agencyLevel';
const TARGET = 'indicator indicatorText comparator value unit applies year fromYear toYear note';
const DOCUMENT = 'kind numberSymbol issuedOn issuedYear issuingBody title matchedPlanId matchedDocumentId';

export const PLAN_READING_SELECTION = `
  text
  parts { path start end rule explanation }
  unplaced { start end text reason }
  warnings { code message start end }
  agencyChoices { id name kind unitId }
  draft {
    title number issuedOn issuingBody placeOfIssue periodFrom periodTo
    implements { ${DOCUMENT} implements { ${DOCUMENT} implements { ${DOCUMENT} } } }
    grounds { ${DOCUMENT} implements { ${DOCUMENT} } }
    preamble purposes requirements objectives
    targets { ${TARGET} }
    tasks {
      code labelStyle title description leadText coordinatingText lead { ${AGENCY} } coordinating { ${AGENCY} }
      scheduleKind scheduleYear scheduleYearTo scheduleQuarter scheduleBeforeDay scheduleBeforeMonth scheduleNote
      targets { ${TARGET} } criteria { kind text parameters }
    }
    responsibilitiesPreamble responsibilities { text isRequest agencies { ${AGENCY} } }
    fundingSource budgetLines { code title amount scheduleKind scheduleYear scheduleNote } budgetTotal
    reportingRules { frequency dueDay dueMonth dueBefore reporterLevels reporters receiving { ${AGENCY} } forwardedTo note }
    recipients archive signerOnBehalfOf signerSignsFor signerCapacity signerName
  }`;
