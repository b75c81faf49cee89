import { gql } from '@apollo/client';
import type { Identifier } from 'react-admin';
import { apolloClient } from '../graphql/apolloClient';
import { toHttpError } from '../graphql/apiErrors';

// The report operations outside react-admin's grammar, sent through the console's Apollo client.

const TRANSITION = {
  submitReport: gql`mutation SubmitReport($id: ID!, $version: Int!) { submitReport(id: $id, version: $version) { id status version } }`,
  approveReport: gql`mutation ApproveReport($id: ID!, $version: Int!) { approveReport(id: $id, version: $version) { id status version } }`,
};

const WITHDRAW = gql`mutation WithdrawReport($id: ID!, $version: Int!) { withdrawReport(id: $id, version: $version) { id } }`;

const REOPEN = gql`
  mutation ReopenReport($id: ID!, $version: Int!, $reason: String!) { reopenReport(id: $id, version: $version, reason: $reason) { id status version } }
`;

const CORRECT = gql`
  mutation CorrectReportFigure($id: ID!, $version: Int!, $field: String!, $value: String!, $reason: String!) {
    correctReportFigure(id: $id, version: $version, field: $field, value: $value, reason: $reason) { id version }
  }
`;

export const MISSING_REPORTS = gql`
  query MissingReports($unitId: ID!, $year: Int!) {
    missingReports(unitId: $unitId, year: $year) { unitId dueDate daysLate status reportId unit { id code name level } }
  }
`;

/** Errors come back as react-admin HttpErrors, with the same translated messages as the data provider's. */
const run = async <T,>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw toHttpError(error);
  }
};

type Versioned = { id: Identifier; version: number };

export const transitionReport = (action: keyof typeof TRANSITION, report: Versioned) =>
  run(() => apolloClient.mutate({ mutation: TRANSITION[action], variables: { id: report.id, version: report.version }, fetchPolicy: 'no-cache' }));

export const withdrawReport = (report: Versioned) =>
  run(() => apolloClient.mutate({ mutation: WITHDRAW, variables: { id: report.id, version: report.version }, fetchPolicy: 'no-cache' }));

export const reopenReport = (report: Versioned, reason: string) =>
  run(() => apolloClient.mutate({ mutation: REOPEN, variables: { id: report.id, version: report.version, reason }, fetchPolicy: 'no-cache' }));

export const correctReportFigure = (report: Versioned, field: string, value: string, reason: string) =>
  run(() => apolloClient.mutate({ mutation: CORRECT, variables: { id: report.id, version: report.version, field, value, reason }, fetchPolicy: 'no-cache' }));

const SET_VALUE = gql`
  mutation SetReportIndicatorValue($id: ID!, $version: Int!, $indicator: IndicatorCode!, $numerator: Decimal!, $denominator: Decimal) {
    setReportIndicatorValue(id: $id, version: $version, indicator: $indicator, numerator: $numerator, denominator: $denominator) { id version }
  }
`;
const CLEAR_VALUE = gql`
  mutation ClearReportIndicatorValue($id: ID!, $version: Int!, $indicator: IndicatorCode!) {
    clearReportIndicatorValue(id: $id, version: $version, indicator: $indicator) { id version }
  }
`;

/** A REPORTED indicator's value in a draft: numerator (and denominator for a percent). */
export const setReportIndicatorValue = (report: Versioned, indicator: string, numerator: string, denominator: string | null) =>
  run(() => apolloClient.mutate({ mutation: SET_VALUE, variables: { id: report.id, version: report.version, indicator, numerator, denominator }, fetchPolicy: 'no-cache' }));

export const clearReportIndicatorValue = (report: Versioned, indicator: string) =>
  run(() => apolloClient.mutate({ mutation: CLEAR_VALUE, variables: { id: report.id, version: report.version, indicator }, fetchPolicy: 'no-cache' }));
