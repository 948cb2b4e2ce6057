import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseFieldKeys, newFieldKey, formatFieldKey } from '@haven/core/crypto/field-cipher';
import { resolveViewer } from '@haven/identity';
import { documentsNotOfCase } from '../../subgraphs/case/src/documents';
import { rekeyConfidentialValues } from '../../subgraphs/case/src/cases/rekey';
import { createTestAgency, type TestAgency } from '../support/factories';
import { openIsolatedDatabase } from '../support/database';
import { startTestHaven, testFieldKeys, type TestHaven } from '../support/haven';
import { asRuntimeRole, codeOf, countRows, createCase, ok, share } from './helpers';

const LIMIT = 64 * 1024;

// Smallest valid files of each kind (magic numbers are what is checked).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
// A minimal DOCX (a ZIP with [Content_Types].xml and word/document.xml), made with Python's zipfile.
const DOCX = Buffer.from(
  'UEsDBBQAAAAIACqgdl2axphxygAAADoBAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbH1QzU7DMAx+lShX1LrjgBBquwODI3AYD2AlbhfR2FGSjfH2uAztwIGj/f3a/fYcF3OiXILwYDdtZw2xEx94Huz7/rm5t9ux338lKkapXAZ7qDU9ABR3oIillUSsyCQ5YtUxz5DQfeBMcNt1d+CEK3Ft6uphx35HEx6Xap7Our7EqtyaxwtvjRosprQEh1VhWFEY+1dtmYMn84a5vmBUFnxK9uDFHaMq2/9tTuz/dG1kmoKjq351S1kclaLnx6W9IhED3/z2gJ9njN9QSwMEFAAAAAgAKqB2XS1wGGODAAAAsAAAABEAAAB3b3JkL2RvY3VtZW50LnhtbEWOwQ7CIBBEf6XhA7rowQOh9OZ/IGBLAixZqOjfC/Xg5U0mk9kdub5jmF6Oise0sMvM2apkExbNEV2qU49TEW1he61ZABSzu6jLjNmlnj2Roq7d0gYNyWZC40rxaYsBrpzfIGqf2Dj5QPsZmgdooKq7N7U/1kHCsIN0Mp/8VeA/R30BUEsBAhQDFAAAAAgAKqB2XZrGmHHKAAAAOgEAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACAAqoHZdLXAYY4MAAACwAAAAEQAAAAAAAAAAAAAAgAH7AAAAd29yZC9kb2N1bWVudC54bWxQSwUGAAAAAAIAAgCAAAAArQEAAAAA',
  'base64',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]);

const UPLOAD = `mutation ($caseId: ID!, $input: UploadDocumentInput!) {
  uploadDocument(caseId: $caseId, input: $input) {
    id title documentType classification currentVersion
    versions { version fileName contentType sizeBytes sha256 }
  }
}`;
const VERSION = `mutation ($id: ID!, $input: FileUploadInput!) {
  uploadDocumentVersion(documentId: $id, input: $input) { id currentVersion versions { version sizeBytes } }
}`;
const CONTENT = `query ($id: ID!, $v: Int) { documentContent(documentId: $id, version: $v) { version contentType sizeBytes sha256 contentBase64 } }`;
const LIST = `query ($id: ID!) { case(id: $id) { documents { withheldCount nodes { id classification title currentVersion } } } }`;
const WITHDRAW = `mutation ($id: ID!, $reason: String!) { withdrawDocument(documentId: $id, reason: $reason) { id withdrawnAt } }`;
const PHOTO = `mutation ($caseId: ID!, $file: FileUploadInput!) { setPersonPhoto(caseId: $caseId, file: $file) { id documentType personId currentVersion } }`;
const READ_PHOTO = `query ($id: ID!) { case(id: $id) { person { photo { contentType dataUrl version } } } }`;

let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let caseId: string;

const file = (bytes: Uint8Array, contentType: string, fileName: string) => ({
  fileName,
  contentType,
  contentBase64: Buffer.from(bytes).toString('base64'),
});

async function upload(
  as: string,
  classification: string,
  bytes: Uint8Array = PDF,
  contentType = 'application/pdf',
  name = 'a.pdf',
) {
  return t.graphql<{ uploadDocument: { id: string; versions: { sha256: string }[] } }>(
    UPLOAD,
    {
      caseId,
      input: {
        title: `A ${classification} letter`,
        documentType: 'CORRESPONDENCE',
        classification,
        ...file(bytes, contentType, name),
      },
    },
    { as },
  );
}

const storedVersions = () =>
  countRows(t.db, sql`select count(*)::int as n from "case".document_versions where case_id = ${caseId}::uuid`);

beforeAll(async () => {
  t = await startTestHaven({ documentMaxBytes: LIMIT });
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  caseId = (await createCase(t, agency.users.caseworker)).id;
});
afterAll(() => t?.close());

describe('upload, versions and content', () => {
  it('stores a checked, encrypted document and serves its bytes back to the assigned worker', async () => {
    const data = ok(await upload(agency.users.caseworker, 'RESTRICTED'));
    const doc = data.uploadDocument;
    expect(doc).toMatchObject({ currentVersion: 1, classification: 'RESTRICTED' });
    const [row] = await t.db.rows<{ ciphertext: unknown; key_id: string; sha256: string }>(
      sql`select ciphertext, key_id, sha256 from "case".document_versions where document_id = ${doc.id}::uuid`,
    );
    expect(row!.key_id).toBe(testFieldKeys.activeKeyId);
    const stored = Buffer.isBuffer(row!.ciphertext) ? row!.ciphertext : Buffer.from(row!.ciphertext as Uint8Array);
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
    const content = ok(
      await t.graphql<{ documentContent: { contentBase64: string; sha256: string } }>(
        CONTENT,
        { id: doc.id },
        { as: agency.users.caseworker },
      ),
    ).documentContent;
    expect(Buffer.from(content.contentBase64, 'base64').equals(PDF)).toBe(true);
    expect(content.sha256).toBe(row!.sha256);

    const v2 = ok(
      await t.graphql<{ uploadDocumentVersion: { currentVersion: number; versions: unknown[] } }>(
        VERSION,
        { id: doc.id, input: file(Buffer.from('Second version, plain text.\n'), 'text/plain', 'b.txt') },
        { as: agency.users.caseworker },
      ),
    ).uploadDocumentVersion;
    expect(v2.currentVersion).toBe(2);
    expect(v2.versions).toHaveLength(2);
    const first = ok(
      await t.graphql<{ documentContent: { contentBase64: string } }>(
        CONTENT,
        { id: doc.id, v: 1 },
        { as: agency.users.caseworker },
      ),
    ).documentContent;
    expect(Buffer.from(first.contentBase64, 'base64').equals(PDF)).toBe(true);
  });

  it('accepts each type of the allow-list whose bytes match', async () => {
    const accepted: [Uint8Array, string, string][] = [
      [PNG, 'image/png', 'scan.png'],
      [DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'letter.docx'],
      [Buffer.from('Plain notes, fictional.\n'), 'text/plain', 'notes.txt'],
    ];
    for (const [bytes, type, name] of accepted)
      ok(await upload(agency.users.caseworker, 'STANDARD', bytes, type, name));
    // A DOCX declared as plain text, or a ZIP dressed as a PNG: refused.
    expect(codeOf(await upload(agency.users.caseworker, 'STANDARD', DOCX, 'text/plain', 'a.txt'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await upload(agency.users.caseworker, 'STANDARD', DOCX, 'image/png', 'a.png'))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses oversized, wrongly typed and executable uploads with BAD_USER_INPUT and stores nothing', async () => {
    const before = await storedVersions();
    const cases: [Uint8Array, string, string, string][] = [
      [Buffer.alloc(LIMIT + 1, 0x41), 'text/plain', 'big.txt', 'contentBase64'],
      [PNG, 'application/pdf', 'really-a-png.pdf', 'contentBase64'],
      [EXE, 'application/pdf', 'setup.pdf', 'contentBase64'],
      [ELF, 'text/plain', 'notes.txt', 'contentBase64'],
      [EXE, 'application/x-msdownload', 'setup.exe', 'contentType'],
      [PDF, 'application/pdf', 'letter.exe', 'fileName'],
      [Buffer.from([0xff, 0xfe, 0x00, 0x01]), 'text/plain', 'bad.txt', 'contentBase64'],
    ];
    for (const [bytes, type, name, field] of cases) {
      const res = await upload(agency.users.caseworker, 'STANDARD', bytes, type, name);
      expect(codeOf(res), `${name} as ${type}`).toBe('BAD_USER_INPUT');
      const paths = (res.errors![0]!.extensions!.fields as { path: string[] }[]).map((f) => f.path.join('.'));
      expect(paths, `${name} as ${type}`).toContain(`input.${field}`);
    }
    const notBase64 = await t.graphql(
      UPLOAD,
      {
        caseId,
        input: {
          title: 'x',
          documentType: 'OTHER',
          fileName: 'a.txt',
          contentType: 'text/plain',
          contentBase64: '%%%%',
        },
      },
      { as: agency.users.caseworker },
    );
    expect(codeOf(notBase64)).toBe('BAD_USER_INPUT');
    expect(await storedVersions()).toBe(before);
  });

  it('lets a request of the default 10 MiB limit through the gateway and the subgraph body limits', async () => {
    const big = await startTestHaven();
    try {
      const a = await createTestAgency(big.db);
      const c = await createCase(big, a.users.caseworker);
      const bytes = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 - PDF.length, 0x20)]);
      const res = await big.graphql<{ uploadDocument: { versions: { sizeBytes: number }[] } }>(
        UPLOAD,
        {
          caseId: c.id,
          input: { title: 'Large scan', documentType: 'OTHER', ...file(bytes, 'application/pdf', 'scan.pdf') },
        },
        { as: a.users.caseworker },
      );
      expect(ok(res).uploadDocument.versions[0]!.sizeBytes).toBe(10 * 1024 * 1024);
      const over = await big.graphql(
        UPLOAD,
        {
          caseId: c.id,
          input: {
            title: 'Too large',
            documentType: 'OTHER',
            ...file(Buffer.concat([bytes, Buffer.alloc(1)]), 'application/pdf', 'scan.pdf'),
          },
        },
        { as: a.users.caseworker },
      );
      expect(codeOf(over)).toBe('BAD_USER_INPUT');
    } finally {
      await big.close();
    }
  }, 120_000);

  it('the gateway refuses a request body beyond the limit before reading it (413), nothing stored', async () => {
    const before = await storedVersions();
    const { headers } = await t.sessionFor(agency.users.caseworker);
    const huge = 'A'.repeat(Math.ceil(LIMIT / 3) * 4 + 1_000_004);
    const response = await fetch(t.haven.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({
        query: UPLOAD,
        variables: {
          caseId,
          input: {
            title: 'x',
            documentType: 'OTHER',
            fileName: 'a.txt',
            contentType: 'text/plain',
            contentBase64: huge,
          },
        },
      }),
    });
    expect(response.status).toBe(413);
    expect(await storedVersions()).toBe(before);
  });

  it('refuses a tampered ciphertext and one moved to another version', async () => {
    const doc = ok(await upload(agency.users.caseworker, 'STANDARD')).uploadDocument;
    await t.db.transaction({ system: 'test: tamper' }, (tx) =>
      tx.execute(
        sql`update "case".document_versions set ciphertext = overlay(ciphertext placing '\\x00'::bytea from 40 for 1) where document_id = ${doc.id}::uuid`,
      ),
    );
    const res = await t.graphql(CONTENT, { id: doc.id }, { as: agency.users.caseworker });
    expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(res.data?.documentContent ?? null).toBeNull();
  });

  it('withdraws a document with a reason: no longer listed or served', async () => {
    const doc = ok(await upload(agency.users.caseworker, 'STANDARD')).uploadDocument;
    expect(codeOf(await t.graphql(WITHDRAW, { id: doc.id, reason: 'x' }, { as: agency.users.caseworker }))).toBe(
      'BAD_USER_INPUT',
    );
    ok(
      await t.graphql(WITHDRAW, { id: doc.id, reason: 'Uploaded to the wrong case' }, { as: agency.users.caseworker }),
    );
    const list = ok(
      await t.graphql<{ case: { documents: { nodes: { id: string }[] } } }>(
        LIST,
        { id: caseId },
        { as: agency.users.caseworker },
      ),
    );
    expect(list.case.documents.nodes.map((d) => d.id)).not.toContain(doc.id);
    expect(codeOf(await t.graphql(CONTENT, { id: doc.id }, { as: agency.users.caseworker }))).toBe('NOT_FOUND');
  });
});

describe('who may see and change documents', () => {
  let ids: Record<'standard' | 'restricted' | 'confidential', string>;
  beforeAll(async () => {
    ids = {
      standard: ok(await upload(agency.users.caseworker, 'STANDARD')).uploadDocument.id,
      restricted: ok(await upload(agency.users.caseworker, 'RESTRICTED')).uploadDocument.id,
      confidential: ok(await upload(agency.users.caseworker, 'CONFIDENTIAL')).uploadDocument.id,
    };
  });

  it('the supervisor sees standard documents only, and is told the others exist', async () => {
    const list = ok(
      await t.graphql<{ case: { documents: { withheldCount: number; nodes: { id: string }[] } } }>(
        LIST,
        { id: caseId },
        { as: agency.users.supervisor },
      ),
    );
    const seen = list.case.documents.nodes.map((d) => d.id);
    expect(seen).toContain(ids.standard);
    expect(seen).not.toContain(ids.restricted);
    expect(seen).not.toContain(ids.confidential);
    const hidden = await countRows(
      t.db,
      sql`select count(*)::int as n from "case".documents
          where case_id = ${caseId}::uuid and withdrawn_at is null and classification <> 'standard'`,
    );
    expect(hidden).toBeGreaterThanOrEqual(2);
    expect(list.case.documents.withheldCount).toBe(hidden);
    expect(codeOf(await t.graphql(CONTENT, { id: ids.restricted }, { as: agency.users.supervisor }))).toBe('NOT_FOUND');
    expect(codeOf(await t.graphql(CONTENT, { id: ids.confidential }, { as: agency.users.supervisor }))).toBe(
      'NOT_FOUND',
    );
    ok(await t.graphql(CONTENT, { id: ids.standard }, { as: agency.users.supervisor }));
    // A supervisor works the case but may not add what she may not read.
    expect(codeOf(await upload(agency.users.supervisor, 'RESTRICTED'))).toBe('FORBIDDEN');
  });

  it('a share without restricted fields sees standard only; with restricted fields, not confidential; neither may change', async () => {
    await share(t, agency, caseId, agency.users.caseworkerB, false);
    const b = agency.users.caseworkerB;
    expect(codeOf(await t.graphql(CONTENT, { id: ids.restricted }, { as: b }))).toBe('NOT_FOUND');
    ok(await t.graphql(CONTENT, { id: ids.standard }, { as: b }));
    expect(codeOf(await upload(b, 'STANDARD'))).toBe('FORBIDDEN');
    expect(codeOf(await t.graphql(WITHDRAW, { id: ids.standard, reason: 'Not mine to keep' }, { as: b }))).toBe(
      'FORBIDDEN',
    );
    // A read is refused against the document's case, naming the document; a change of a document
    // against the document itself, with the refusal's code as the reason.
    const refusal = async (action: string) =>
      (
        await t.db.rows<{ target_type: string; target_id: string; fields: string[]; reason: string | null }>(
          sql`select target_type, target_id, fields, reason from audit.events
              where actor_id = ${b}::uuid and action = ${action} and outcome = 'denied' order by seq`,
        )
      ).at(-1);
    expect(await refusal('document.read')).toEqual({
      target_type: 'case',
      target_id: caseId,
      fields: [`document:${ids.restricted}`],
      reason: null,
    });
    expect(await refusal('document.withdraw')).toEqual({
      target_type: 'document',
      target_id: ids.standard,
      fields: [],
      reason: 'FORBIDDEN',
    });
    await share(t, agency, caseId, agency.users.supervisorB, true);
    ok(await t.graphql(CONTENT, { id: ids.restricted }, { as: agency.users.supervisorB }));
    expect(codeOf(await t.graphql(CONTENT, { id: ids.confidential }, { as: agency.users.supervisorB }))).toBe(
      'NOT_FOUND',
    );
  });

  it('other agencies, unreached cases and roles without case permissions get nothing', async () => {
    const outsider = await createCase(t, agency.users.caseworkerB);
    const res = await t.graphql(
      UPLOAD,
      { caseId: outsider.id, input: { title: 'x', documentType: 'OTHER', ...file(PDF, 'application/pdf', 'a.pdf') } },
      { as: agency.users.caseworker },
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
    for (const id of Object.values(ids)) {
      expect(codeOf(await t.graphql(CONTENT, { id }, { as: other.users.caseworker }))).toBe('NOT_FOUND');
      expect(codeOf(await t.graphql(CONTENT, { id }, { as: agency.users.programme_manager }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await upload(other.users.caseworker, 'STANDARD'))).toBe('NOT_FOUND');
    expect(codeOf(await upload(agency.users.system_administrator, 'STANDARD'))).toBe('FORBIDDEN');
  });

  it('in SQL as haven_app, confidential documents and their versions are the assigned worker’s only', async () => {
    const q = sql`select d.id, (select count(*)::int from "case".document_versions v where v.document_id = d.id) as n
                  from "case".documents d where d.case_id = ${caseId}::uuid`;
    const sup = await asRuntimeRole<{ id: string }>(
      t.db,
      { viewer: agency.users.supervisor, agency: agency.agencyId, supervised: [agency.teams.a] },
      q,
    );
    expect(sup.map((r) => r.id)).not.toContain(ids.confidential);
    const mine = await asRuntimeRole<{ id: string; n: number }>(
      t.db,
      { viewer: agency.users.caseworker, agency: agency.agencyId },
      q,
    );
    expect(mine.map((r) => r.id)).toContain(ids.confidential);
    const versions = await asRuntimeRole<{ document_id: string }>(
      t.db,
      { viewer: agency.users.supervisor, agency: agency.agencyId, supervised: [agency.teams.a] },
      sql`select document_id from "case".document_versions where document_id = ${ids.confidential}::uuid`,
    );
    expect(versions).toEqual([]);
    const foreign = await asRuntimeRole(t.db, { viewer: other.users.caseworker, agency: other.agencyId }, q);
    expect(foreign).toEqual([]);
  });
});

describe('form file fields', () => {
  it('documentsNotOfCase names the ids that are not live documents of the case', async () => {
    const doc = ok(await upload(agency.users.caseworker, 'STANDARD')).uploadDocument;
    const elsewhere = await createCase(t, agency.users.caseworker);
    const viewer = (await resolveViewer(t.db, agency.users.caseworker, 'password'))!;
    const missing = await t.db.transaction({ viewer }, (tx) =>
      documentsNotOfCase(tx, caseId, [doc.id, 'not-an-id', elsewhere.id]),
    );
    expect(missing).toEqual(['not-an-id', elsewhere.id]);
    const none = await t.db.transaction({ viewer }, (tx) => documentsNotOfCase(tx, caseId, [doc.id]));
    expect(none).toEqual([]);
    const wrongCase = await t.db.transaction({ viewer }, (tx) => documentsNotOfCase(tx, elsewhere.id, [doc.id]));
    expect(wrongCase).toEqual([doc.id]);
  });
});

describe('person photo', () => {
  it('stores JPEG/PNG/WebP only, as a restricted photo; only readers of restricted fields get it', async () => {
    const c = await createCase(t, agency.users.caseworker, { givenName: 'Photina', familyName: 'Pictor' });
    expect(
      codeOf(
        await t.graphql(
          PHOTO,
          { caseId: c.id, file: file(PDF, 'application/pdf', 'a.pdf') },
          { as: agency.users.caseworker },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.graphql(
          PHOTO,
          { caseId: c.id, file: file(PDF, 'image/png', 'a.png') },
          { as: agency.users.caseworker },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const set = ok(
      await t.graphql<{ setPersonPhoto: { personId: string; currentVersion: number } }>(
        PHOTO,
        { caseId: c.id, file: file(PNG, 'image/png', 'face.png') },
        { as: agency.users.caseworker },
      ),
    );
    expect(set.setPersonPhoto).toMatchObject({ personId: c.personId, currentVersion: 1 });
    const again = ok(
      await t.graphql<{ setPersonPhoto: { currentVersion: number } }>(
        PHOTO,
        { caseId: c.id, file: file(PNG, 'image/png', 'face2.png') },
        { as: agency.users.caseworker },
      ),
    );
    expect(again.setPersonPhoto.currentVersion).toBe(2);
    const read = ok(
      await t.graphql<{ case: { person: { photo: { dataUrl: string; version: number } } } }>(
        READ_PHOTO,
        { id: c.id },
        { as: agency.users.caseworker },
      ),
    );
    expect(read.case.person.photo.dataUrl).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
    expect(read.case.person.photo.version).toBe(2);
    const sup = await t.graphql<{ case: { person: { photo: unknown } } }>(
      READ_PHOTO,
      { id: c.id },
      { as: agency.users.supervisor },
    );
    expect(sup.data?.case.person.photo).toBeNull();
    expect(sup.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_FIELD');
    expect(
      codeOf(
        await t.graphql(
          PHOTO,
          { caseId: c.id, file: file(PNG, 'image/png', 'f.png') },
          { as: agency.users.supervisor },
        ),
      ),
    ).toBe('FORBIDDEN_FIELD');
  });
});

describe('key rotation', () => {
  it('re-encrypts document versions under the new key; the content still reads back (a database of its own)', async () => {
    // Rotation re-encrypts every row of the database: it gets one of its own, so other test files
    // reading under the test key are not disturbed.
    const iso = await startTestHaven({ db: await openIsolatedDatabase() });
    try {
      const a = await createTestAgency(iso.db);
      const c = await createCase(iso, a.users.caseworker);
      const doc = ok(
        await iso.graphql<{ uploadDocument: { id: string } }>(
          UPLOAD,
          { caseId: c.id, input: { title: 'Letter', documentType: 'OTHER', ...file(PDF, 'application/pdf', 'a.pdf') } },
          { as: a.users.caseworker },
        ),
      ).uploadDocument;
      const rotated = parseFieldKeys(
        [newFieldKey(), ...[...testFieldKeys.keys].map(([id, key]) => formatFieldKey(id, key))].join('\n'),
      );
      const report = await rekeyConfidentialValues(iso.db, rotated);
      expect(report.documentVersions).toBe(1);
      expect(report.unusedKeyIds).toEqual([testFieldKeys.activeKeyId]);
      const [row] = await iso.db.rows<{ key_id: string }>(
        sql`select key_id from "case".document_versions where document_id = ${doc.id}::uuid`,
      );
      expect(row!.key_id).toBe(rotated.activeKeyId);
      // The running Haven holds only the old key now: the version no longer opens for it …
      expect(codeOf(await iso.graphql(CONTENT, { id: doc.id }, { as: a.users.caseworker }))).toBe(
        'INTERNAL_SERVER_ERROR',
      );
      // … and rotating back to the old key makes it readable again, bytes unchanged.
      const back = parseFieldKeys(
        [testFieldKeys.activeKeyId, rotated.activeKeyId]
          .map((id) => formatFieldKey(id, rotated.keys.get(id)!))
          .join('\n'),
      );
      expect((await rekeyConfidentialValues(iso.db, back)).documentVersions).toBe(1);
      const content = ok(
        await iso.graphql<{ documentContent: { contentBase64: string } }>(
          CONTENT,
          { id: doc.id },
          { as: a.users.caseworker },
        ),
      ).documentContent;
      expect(Buffer.from(content.contentBase64, 'base64').equals(PDF)).toBe(true);
    } finally {
      await iso.close();
    }
  }, 120_000);
});
