/**
 * Every reason the server can give for refusing a request, in `extensions.reason`, with the names
 * of the parameters it sends along in `extensions.params` (beside `extensions.code` and `field`).
 * The reason is a stable code; the words live in the console's message files
 * (admin/src/i18n/reasons.vi.ts and reasons.en.ts), so a refusal reads in the user's language.
 *
 * Adding a reason: use it in the code (`badInput(field, message, 'SOME_REASON', { ... })`), add it
 * here with its parameters, and give it a Vietnamese and an English text. tests/foundation/
 * reasons.test.ts fails when a reason used in the source is missing here, or has no text in one of
 * the two languages, or a text names a parameter the reason does not send.
 */
export const REASONS = {
  // Sessions and access -----------------------------------------------------------------------
  BAD_CREDENTIALS: [],
  SIGN_IN_REQUIRED: [],
  SESSION_INVALID: [],
  READ_ONLY_ROLE: [],
  ADMIN_ONLY: [],
  SYSTEM_ADMIN_ONLY: [],
  OUTSIDE_WRITE_SCOPE: [],
  OUTSIDE_ADMIN_SCOPE: [],
  WORKING_UNIT_OUTSIDE_MEMBERSHIPS: [],
  WRITE_NOT_PERMITTED: [],
  NOT_PERMITTED: [],
  PERSONAL_DATA_COMMUNE_ONLY: [],
  LEVEL_ABOVE_ONLY: [],
  ACCOUNT_OUTSIDE_SCOPE: [],
  SIGN_IN_THROTTLED: ['retryAfterSeconds', 'retryAfterMinutes'],
  SIGN_IN_BUSY: ['retryAfterSeconds', 'retryAfterMinutes'],

  // Records -------------------------------------------------------------------------------------
  NOT_FOUND: ['entity', 'id'],
  STALE_VERSION: ['entity', 'id'],
  DUPLICATE: [],
  REFERENCE_INVALID: [],
  VALUE_NOT_ALLOWED: [],
  INVALID_VALUE: [],
  REFERENCE_NOT_FOUND: [],
  TRANSACTION_CONFLICT: [],
  INTERNAL_ERROR: [],

  // The service's own limits: throttled, busy or unreachable (TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE)
  EXPENSIVE_REQUESTS_IN_FLIGHT: ['count'],
  STATEMENT_TIMEOUT: [],
  TRANSACTION_TIMEOUT: [],
  DATABASE_UNAVAILABLE: [],

  // The HTTP request itself, refused before GraphQL runs (core/http/errors.ts) ---------------------
  BODY_TOO_LARGE: [],
  BODY_NOT_UTF8_JSON: [],
  CONTENT_ENCODING_UNSUPPORTED: [],
  NOTHING_SERVED_HERE: [],

  // The shape of the input (class-validator, GraphQL types, list arguments) ----------------------
  INVALID_INPUT: [],
  INVALID_QUERY: [],
  INVALID_REQUEST: [],
  WRONG_TYPE: [],
  INVALID_VARIABLE: [],
  NUL_CHARACTER: [],
  MALFORMED_TEXT: [],
  NESTED_TOO_DEEP: ['max'],
  SEARCH_TOO_LONG: ['max'],
  TOO_MANY_IDS: ['max'],
  NUMBER_OUT_OF_RANGE: ['min', 'max'],
  TEXT_LENGTH: ['min', 'max'],
  TEXT_BLANK: [],
  NUMBER_TOO_SMALL: ['min'],
  NUMBER_TOO_LARGE: ['max'],
  EMAIL_INVALID: [],
  LIST_TOO_SHORT: ['min'],
  LIST_TOO_LONG: ['max'],
  INVALID_ID: [],
  YEAR_OUT_OF_RANGE: ['min', 'max'],
  PER_PAGE_OUT_OF_RANGE: ['max'],
  PAGE_NEGATIVE: [],
  SORT_FIELD_UNKNOWN: ['allowed'],
  SORT_ORDER_INVALID: [],
  QUERY_TOO_DEEP: ['depth', 'max'],
  TOO_MANY_ALIASES: ['count', 'max'],
  QUERY_TOO_COSTLY: ['cost', 'max'],
  UNIT_LEVEL_NOT_ALLOWED: ['levels'],

  // Accounts and memberships (users) ------------------------------------------------------------
  EMAIL_TAKEN: [],
  MEMBERSHIP_EXISTS: [],
  SYSTEM_ADMIN_HAS_NO_UNIT: [],
  ROLE_NEEDS_UNIT: ['role'],
  ROLE_UNIT_LEVEL: ['role', 'level', 'unitLevel'],

  // Units ------------------------------------------------------------------------------------------
  SUCCESSOR_NOT_LATER: ['unit', 'predecessor'],
  FULL_SUCCESSION_SINGLE: [],
  UNIT_NOT_IN_FORCE: ['unitId', 'day', 'validFrom', 'validTo', 'periodFrom', 'periodTo'],
  UNIT_ABOLISHED: ['endedOn', 'successorIds'],
  TOO_MANY_UNITS_TO_RANK: ['max'], // a unit list filtered or sorted by an indicator computes every unit's figures
  INDICATOR_FILTER_REQUIRED: [], // sortField "indicator" without filter.indicator (year and field) // figures of a year after the unit's abolition: none, its successors have them
  UNIT_ID_REQUIRED: [], // a dashboard asked without a unit by an account that has none (the system administrator)

  // Hamlets crossing the 2025 reform (docs/two-level-government.md) -------------------------------
  BEFORE_TEAM_MOVED: ['teamId', 'day', 'movedOn', 'formerUnitId'],
  HAMLET_ALREADY_MOVED: ['hamletId', 'movedOn'],
  HAMLET_NOT_UNASSIGNED: ['hamletId'],
  NOT_A_CANDIDATE: ['hamletId', 'unitId', 'candidateUnitIds'],
  HAMLET_ASSIGNMENT_ADMIN_ONLY: [],

  // Hamlets and agencies --------------------------------------------------------------------------
  HAMLET_NAME_TAKEN: [],
  AGENCY_NAME_TAKEN: [],

  // Teams, mediators, reviews, commune profiles (workforce) ------------------------------------
  TEAM_HAMLET_HAS_ACTIVE_TEAM: [],
  TEAM_HAMLET_OUTSIDE_COMMUNE: [],
  TEAM_DISSOLVED_NEEDS_DATE: [],
  TEAM_ACTIVE_HAS_NO_DISSOLUTION: [],
  TEAM_DISSOLVED_BEFORE_ESTABLISHED: [],
  TEAM_LEADER_NOT_MEMBER: [],
  TEAM_LEADER_LEFT: ['name', 'leftOn'],
  TEAM_IN_USE: [],
  VOTE_SHARE_NOT_MAJORITY: [],
  MEDIATOR_TEAM_OUTSIDE_COMMUNE: [],
  MEDIATOR_TEAM_DISSOLVED: [],
  MEDIATOR_LEFT_NEEDS_DATE: [],
  MEDIATOR_ACTIVE_HAS_NO_LEAVING_DATE: [],
  MEDIATOR_LEADS_TEAM: [],
  MEDIATOR_NAMED_IN_CASES: [],
  ETHNIC_MINORITY_CONTRADICTS_ETHNICITY: ['ethnicity'],
  BIRTH_YEAR_OUT_OF_RANGE: ['min', 'max'],
  TEAM_REVIEW_EXISTS: [],
  TEAM_REVIEW_COMPLIANT_NOT_REVIEWED: [],
  COMMUNE_PROFILE_EXISTS: [],

  // Compliance of a team with Law 35/2013 art. 12 (MediationTeam.compliance.reasons, not refusals)
  NO_LEADER: [],
  FEWER_THAN_3_MEDIATORS: ['activeMediators'],
  NO_WOMAN: [],
  NO_ETHNIC_MINORITY: [],

  // Trainer pools, trainers and trainings ---------------------------------------------------------
  POOL_PERIOD_ORDER: [],
  POOL_PERIOD_OVERLAP: [],
  POOL_HAS_TRAINERS: [],
  TRAINER_POOL_OUTSIDE_UNIT: [],
  POOL_UNIT_ENDED: [],
  TRAINER_AGENCY_KIND_NEEDED: [],
  TRAINER_AGENCY_KIND_MISMATCH: ['agency', 'agencyKind', 'kind'],
  AGENCY_UNKNOWN: [],
  TRAINING_DATES_ORDER: [],
  ATTENDEES_MATCH_AUDIENCE: ['audience'],
  ATTENDEES_OUTSIDE_UNIT: [],
  TRAINERS_OUTSIDE_BRANCH: [],
  ATTENDEE_UNKNOWN: ['ids'],

  // Case book -----------------------------------------------------------------------------------
  CASE_IN_PROGRESS_HAS_CLOSING_DATE: [],
  CASE_CLOSED_NEEDS_DATE: [],
  CASE_CLOSED_BEFORE_RECEIVED: [],
  CASE_MEDIATORS_NOT_IN_TEAM: [],
  CASE_YEAR_KEPT_AS_COUNTS: ['year'],
  CASE_COUNTS_EXIST: [],
  CASE_COUNTS_SUM: [],
  CASE_YEAR_KEPT_AS_BOOK: ['year'],

  // Access-to-law assessments -----------------------------------------------------------------
  ASSESSMENT_EXISTS: [],

  // Reports ----------------------------------------------------------------------------------
  REPORT_EXISTS: [],
  REPORT_LOCKED: [],
  REPORT_STATUS_STEP: ['status', 'action'],
  REPORT_CORRECTION_DRAFT_ONLY: [],
  REPORT_CHILDREN_NOT_SUBMITTED: ['count', 'year', 'units'],
  REPORT_REASON_LENGTH: ['min', 'max'],
  REPORT_NO_PROGRESS_ITEM: ['field'],
  REPORT_PROGRESS_BLANK: [],
  REPORT_FIELD_UNKNOWN: ['field'],
  REPORT_FIGURE_WHOLE_NUMBER: ['max'],
  REPORT_NO_OBLIGATION: ['unit', 'year'],
  REPORT_YEAR_NOT_STARTED: ['year'],
  REPORT_WITHDRAW_NOT_DRAFT: ['status'],
  REPORT_WITHDRAW_SUBMITTED_BEFORE: [],

  // Pilot selections ------------------------------------------------------------------------------
  PILOT_TASK_HAS_NO_CRITERION: [],
  PILOT_UNIT_OUTSIDE_PLAN: [],
  PILOT_UNIT_CHOSEN_TWICE: [],
  PILOT_UNIT_NOT_CANDIDATE: ['unitId', 'unit'],
  PILOT_COUNT_MISMATCH: ['count', 'chosen'],
  PILOT_RATIONALE_LENGTH: ['min', 'max'],
  PILOT_TASK_IN_USE: [],

  // Plans (server/src/modules/plans/plan.errors.ts) ----------------------------------------------------
  BUDGET_PARENT_NOT_SUM: ['code', 'amount', 'sum', 'children'],
  BUDGET_SCHEDULE_KIND: [],
  BUDGET_SCHEDULE_YEAR: [],
  LOCKED_WHEN_ISSUED: [],
  PARENT_LOCKED_WHEN_ISSUED: [],
  PLAN_CLOSED: [],
  STATUS_STEP: ['from', 'to'],
  NOT_READY_TO_ISSUE: [],
  WRONG_PARENT: [],
  TASK_IMPLEMENTS_OUTSIDE_PARENT: [],
  PLAN_DELETE_NOT_DRAFT: [],
  PLAN_FOR_UNIT_EXISTS: [],
  PLAN_HAS_CHILD_PLANS: [],
  PLAN_UNIT_FIXED: [],
  YEAR_RANGE_REVERSED: [],
  YEAR_OUTSIDE_PLAN_PERIOD: ['year', 'periodFrom', 'periodTo'],
  YEARS_OUTSIDE_PLAN_PERIOD: ['fromYear', 'toYear', 'periodFrom', 'periodTo'],
  DECIMAL_FORMAT: [],
  // The plan editor (issue 7a)
  OUTSIDE_UNIT_VALIDITY: ['issuedOn', 'validFrom', 'validTo'],
  DOCUMENT_KIND_MISMATCH: ['expected'],
  DOCUMENT_OF_PLAN: ['planId'],
  DOCUMENT_REFERS_TO_ITSELF: [],
  DOCUMENT_NUMBER_TAKEN: [],
  DOCUMENT_IN_USE: [],
  PREDECESSOR_INCOMPLETE: [],
  PREDECESSOR_SELF: [],
  PREDECESSOR_OTHER_UNIT: [],
  PREDECESSOR_NOT_EARLIER: ['periodFrom', 'periodTo', 'from'],
  ARCHIVE_IN_RECIPIENTS: [],
  PERIOD_REQUIRED: [],
  TIMING_FIELD_NOT_TAKEN: ['kind', 'field'],
  TIMING_FIELD_REQUIRED: ['kind', 'field'],
  TIMING_QUARTER_OR_DAY: [],
  TIMING_DAY_NEEDS_MONTH: [],
  TARGET_OWNER_REQUIRED: [],
  TARGET_UNIT_NOT_INDICATORS: ['code', 'unit'],
  TARGET_PER_QUANTITY: [],
  TARGET_YEAR_BY_YEAR_ONLY: [],
  TARGET_YEARS_FROM_TO_ONLY: [],
  AGENCY_OUTSIDE_PLAN_UNITS: [],
  TASK_AGENCY_ROLE: [],
  TASK_OF_OTHER_PLAN: [],
  PLAN_ROW_CODE_FORMAT: [],
  PLAN_ROW_CODE_TAKEN: ['entity'],
  CODE_PARENT_MISSING: ['entity', 'parent', 'code'],
  ROW_RENUMBER_BY_MOVE: ['entity', 'code'],
  ROW_HAS_CHILDREN: ['entity', 'code'],
  MOVE_INTO_ITSELF: ['from', 'to'],
  MOVE_TOO_DEEP: ['to', 'max'],
  MOVE_CODE_TOO_LARGE: ['max'],

  // Cascading a plan (modules/plans/cascade.service.ts, issue 8a) -----------------------------------
  NOT_DIRECTLY_BELOW: ['unitId'],
  UNKNOWN_UNIT: ['unitId'],

  // Carrying a plan over the 2025 reform (modules/plans/plan-carry-over.service.ts, issue 8) -------
  NOT_A_SUCCESSOR: ['unitId', 'planUnitId'],
  ALREADY_CARRIED_OVER: ['planId'],
  CARRY_OVER_PERIOD_INVALID: ['validFrom', 'validTo', 'periodFrom', 'periodTo'],

  // The parts of a plan: responsibilities, reporting rules, task criteria, copies (issue 7b) -----------
  POSITION_OUT_OF_RANGE: ['max'],
  LIST_ITEM_TWICE: [],
  PLAN_AGENCY_OUT_OF_REACH: [],
  PLAN_AGENCY_UNNAMED: [],
  REPORTING_DUE_DAY_INVALID: ['day', 'month'],
  REPORTING_DUE_INCOMPLETE: [],
  REPORTING_DUE_NEEDED: ['frequency'],
  REPORTER_LEVEL_ABOVE_PLAN: ['level'],
  CRITERION_PARAMETERS_MISSING: ['kind'],
  CRITERION_PARAMETERS_OF_OTHER_KIND: ['kind', 'given'],
  PILOT_PRIORITY_NOT_FOR_LEVEL: ['priority', 'level'],
  COPY_PERIOD_INVALID: [],
  COPY_UNIT_REQUIRED: [],

  // Documents: a plan's text, pasted or uploaded (modules/documents/document.errors.ts) ------------
  TEXT_EMPTY: [],
  TEXT_TOO_LONG: ['length', 'max'],
  NOT_A_PLAN: ['kind', 'tasks'],
  UPLOAD_EMPTY: [],
  UPLOAD_TOO_LARGE: ['bytes', 'maxBytes'],
  UPLOAD_UNSUPPORTED_FORMAT: ['detected'],
  UPLOAD_NOT_UTF8: [],
  DOCX_INVALID: ['why'],
  DOCX_MACROS: ['parts'],
  DOCX_EXTERNAL_REFERENCE: ['targets'],
  // Saving a reviewed draft (createPlanFromDraft)
  DRAFT_INDICATOR_MISSING: [],
  DRAFT_BUDGET_TOTAL_MISMATCH: ['total', 'sum'],

  // What the plan reader could not place (PlanReading.unplaced[].reason, not refusals) -------------
  UNRECOGNISED: [],
  NOT_STORED: [],
  TARGET_WITHOUT_VALUE: [],
  UNKNOWN_SECTION: [],

  // The indicator catalogue and reported values (issue 7, section 2) ------------------------------
  INDICATOR_CODE_FORMAT: [],
  INDICATOR_CODE_TAKEN: [],
  INDICATOR_UNKNOWN: ['code'],
  INDICATOR_BUILTIN_READ_ONLY: [],
  INDICATOR_PROVINCE_REQUIRED: [],
  INDICATOR_MEASURE_REQUIRED: [],
  INDICATOR_MEASURE_MISMATCH: [],
  INDICATOR_UNIT_MISMATCH: ['measure', 'unit'],
  INDICATOR_IN_USE: ['targets', 'values'],
  INDICATOR_HAS_VALUES: [],
  INDICATOR_NOT_REPORTED: ['code'],
  REPORT_VALUE_DRAFT_ONLY: [],
  REPORT_VALUE_NEGATIVE: [],
  REPORT_VALUE_DENOMINATOR_REQUIRED: [],
  REPORT_VALUE_WHOLE_NUMBER: [],
  REPORT_VALUE_EXCEEDS_DENOMINATOR: [],
  REPORT_VALUE_NO_DENOMINATOR: [],
  REPORT_VALUE_ABSENT: ['code'],
} as const satisfies Record<string, readonly string[]>;

export type ReasonCode = keyof typeof REASONS;

/** The catalogue as a list, for clients and tests. */
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

export const isReasonCode = (value: unknown): value is ReasonCode => typeof value === 'string' && value in REASONS;
