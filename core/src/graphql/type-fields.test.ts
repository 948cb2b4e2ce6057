import { describe, expect, it } from 'vitest';
import { buildSchema, parse } from 'graphql';
import { fieldPathsBelowType } from './type-fields';

const schema = buildSchema(`
  type Query { case(id: ID!): Case, myCaseload: Conn, me: User }
  type Conn { nodes: [Case!]! totalCount: Int }
  type Case { id: ID! caseNumber: String person: Person currentStage: Stage assignedWorker: User history: [Change!]! }
  type Person { givenName: String familyName: String }
  type Stage { stage: String enteredAt: String }
  type User { id: ID! displayName: String }
  type Change { field: String changedBy: User }
`);

describe('fieldPathsBelowType', () => {
  it.each([
    [
      '{ case(id: "1") { id caseNumber person { givenName } currentStage { stage } } }',
      ['caseNumber', 'currentStage.stage', 'id', 'person.givenName'],
    ],
    ['{ myCaseload { totalCount nodes { caseNumber currentStage { stage } } } }', ['caseNumber', 'currentStage.stage']],
    [
      'query { case(id: "1") { ...F } } fragment F on Case { person { familyName } history { changedBy { displayName } } }',
      ['history.changedBy.displayName', 'person.familyName'],
    ],
    ['{ case(id: "1") { ... on Case { assignedWorker { displayName } } } }', ['assignedWorker.displayName']],
    ['{ me { displayName } }', []],
  ])('%s', (source, expected) => {
    expect(fieldPathsBelowType(schema, parse(source), 'Case')).toEqual(expected);
  });
});
