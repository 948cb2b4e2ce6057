/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 in UTC */
  DateTime: { input: string; output: string; }
};

export type Agency = {
  __typename?: 'Agency';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A protection case about one person, assigned to one worker. */
export type Case = {
  __typename?: 'Case';
  assignedWorker: User;
  /** Human-readable, unique in the agency, e.g. HVN-2026-000123 */
  caseNumber: Scalars['String']['output'];
  caseType: CaseType;
  createdAt: Scalars['DateTime']['output'];
  currentStage?: Maybe<CaseStage>;
  id: Scalars['ID']['output'];
  person: Person;
  status: CaseStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  nodes: Array<Case>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Number of cases in one cell; cells under 5 are suppressed. */
export type CaseCount = {
  __typename?: 'CaseCount';
  caseType: Scalars['String']['output'];
  count?: Maybe<Scalars['Int']['output']>;
  status: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
};

export type CaseStage = {
  __typename?: 'CaseStage';
  enteredAt: Scalars['DateTime']['output'];
  stage: WorkflowStage;
  workflowKey: Scalars['String']['output'];
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type CaseType =
  | 'CHILD_PROTECTION'
  /** Gender-based violence */
  | 'GBV'
  | 'GENERAL_PROTECTION';

export type CreateCaseInput = {
  caseType: CaseType;
  person: PersonInput;
};

/** The signed-in user, their agency, roles, teams and effective permissions. */
export type Me = {
  __typename?: 'Me';
  agency: Agency;
  permissions: Array<Scalars['String']['output']>;
  roles: Array<Role>;
  teams: Array<TeamMembership>;
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Registers a person and opens a case assigned to the signed-in worker. */
  createCase: Case;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation this agency may exchange cases with. */
export type PartnerOrganisation = {
  __typename?: 'PartnerOrganisation';
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Someone a case is about. A person may appear in several cases over time. */
export type Person = {
  __typename?: 'Person';
  ageYears?: Maybe<Scalars['Int']['output']>;
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  familyName: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sex: Sex;
};

export type PersonInput = {
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  sex: Sex;
};

export type Query = {
  __typename?: 'Query';
  case: Case;
  /** Anonymised case counts of the viewer’s agency by case type and status. */
  caseCounts: Array<CaseCount>;
  me: Me;
  /** Cases assigned to the signed-in worker, most recently updated first. */
  myCaseload: CaseConnection;
  partnerOrganisations: Array<PartnerOrganisation>;
  /** Active staff of the viewer’s agency. */
  users: Array<User>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Role = {
  __typename?: 'Role';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

export type TeamMembership = {
  __typename?: 'TeamMembership';
  isSupervisor: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  teamId: Scalars['ID']['output'];
};

/** A member of staff of an agency. */
export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

export type WorkflowStage =
  | 'ASSESSMENT'
  | 'CARE_PLAN'
  | 'CASE_REVIEW'
  | 'CLOSED'
  | 'IDENTIFICATION'
  | 'IMPLEMENTATION'
  | 'PAUSED'
  | 'REFERRAL_ONLY'
  | 'REOPENED'
  | 'TRANSFERRED';

export type CreateMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, person: { __typename?: 'Person', fullName: string, sex: Sex, dateOfBirth?: string | null }, assignedWorker: { __typename?: 'User', id: string, displayName: string }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage, workflowKey: string } | null } };

export type CaseloadQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseloadQuery = { __typename?: 'Query', myCaseload: { __typename?: 'CaseConnection', totalCount: number, nodes: Array<{ __typename?: 'Case', id: string, caseNumber: string, person: { __typename?: 'Person', fullName: string }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CreateDocument = new TypedDocumentString(`
    mutation Create($input: CreateCaseInput!) {
  createCase(input: $input) {
    id
    caseNumber
    caseType
    status
    person {
      fullName
      sex
      dateOfBirth
    }
    assignedWorker {
      id
      displayName
    }
    currentStage {
      stage
      workflowKey
    }
  }
}
    `) as unknown as TypedDocumentString<CreateMutation, CreateMutationVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload($first: Int, $after: String) {
  myCaseload(first: $first, after: $after) {
    totalCount
    nodes {
      id
      caseNumber
      person {
        fullName
      }
      currentStage {
        stage
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;