import { describe, expect, it } from 'vitest';
import { emptyDraft } from './draft';
import { addLine, removeLine, selectClient, setDueDate, setIssueDate, updateLine } from './draft-edits';
import { CLIENTS } from './testing';

const NORDLICHT = CLIENTS[0]!;
const HARBOR = CLIENTS[1]!;

describe('selectClient', () => {
  it('takes the client’s currency and terms', () => {
    const draft = selectClient(emptyDraft('2026-12-04'), NORDLICHT);
    expect(draft).toMatchObject({ clientId: 10, currencyId: 1, dueDate: '2027-01-03' });
  });

  it('falls back to 14 days without terms', () => {
    expect(selectClient(emptyDraft('2026-12-04'), HARBOR).dueDate).toBe('2026-12-18');
  });

  it('keeps a due date the user chose', () => {
    const draft = setDueDate(emptyDraft('2026-12-04'), '2026-12-10');
    expect(selectClient(draft, NORDLICHT).dueDate).toBe('2026-12-10');
  });
});

describe('setIssueDate', () => {
  it('moves the default due date along', () => {
    const draft = setIssueDate(selectClient(emptyDraft('2026-12-04'), NORDLICHT), '2026-12-10', NORDLICHT);
    expect(draft).toMatchObject({ issuedOn: '2026-12-10', issuedOnEdited: true, dueDate: '2027-01-09' });
  });

  it('keeps a due date the user chose', () => {
    const draft = setIssueDate(setDueDate(emptyDraft('2026-12-04'), '2026-12-31'), '2026-12-10', NORDLICHT);
    expect(draft.dueDate).toBe('2026-12-31');
  });
});

describe('lines', () => {
  it('adds a line like the previous one', () => {
    const start = emptyDraft('2026-12-04');
    const first = updateLine(start, start.lines[0]!.key, { workTypeId: 21, taxId: 30, description: 'API' });
    const draft = addLine(first, 20);
    expect(draft.lines).toHaveLength(2);
    expect(draft.lines[1]).toMatchObject({ workTypeId: 21, taxId: 30, description: '', quantity: '1' });
    expect(draft.lines[1]!.key).not.toBe(draft.lines[0]!.key);
  });

  it('keeps one line when the last is removed', () => {
    const start = emptyDraft('2026-12-04');
    const draft = removeLine(start, start.lines[0]!.key, 20);
    expect(draft.lines).toHaveLength(1);
    expect(draft.lines[0]!.workTypeId).toBe(20);
  });
});
