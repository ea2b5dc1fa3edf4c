import browser from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { emptyDraft, emptyLine, isDraftEmpty } from './draft';
import { DRAFT_KEY, discardDraft, loadDraft, normalizeDraft, saveDraft } from './draft-store';

const TODAY = '2026-12-04';

describe('draft store', () => {
  it('restores what was saved', async () => {
    const draft = { ...emptyDraft(TODAY), clientId: 10, currencyId: 1, dueDate: '2027-01-03', lines: [{ ...emptyLine(20), description: 'Logo', quantity: '1,5', price: '12.50' }] };
    await saveDraft(draft, 30);
    expect(await loadDraft(TODAY)).toEqual({ draft, damaged: false });
  });

  it('returns null without a draft', async () => {
    expect(await loadDraft(TODAY)).toBeNull();
  });

  it('forgets a discarded draft', async () => {
    await saveDraft({ ...emptyDraft(TODAY), clientId: 10 });
    await discardDraft();
    expect(await loadDraft(TODAY)).toBeNull();
  });

  it('survives a corrupted record', async () => {
    await browser.storage.local.set({ [DRAFT_KEY]: 'not a draft' });
    const restored = await loadDraft(TODAY);
    expect(restored?.damaged).toBe(true);
    expect(restored?.draft.lines).toHaveLength(1);
  });

  it('keeps the readable part of an older record', async () => {
    await browser.storage.local.set({
      [DRAFT_KEY]: { clientId: 10, lines: [{ description: 'Hosting', quantity: 2, price: 'x', workTypeId: 'Design' }, 7], status: 'Sent' },
    });
    const restored = await loadDraft(TODAY);
    expect(restored?.damaged).toBe(true);
    expect(restored?.draft.clientId).toBe(10);
    expect(restored?.draft.status).toBe('Unpaid');
    expect(restored?.draft.lines).toEqual([expect.objectContaining({ description: 'Hosting', quantity: '2', price: 'x', workTypeId: null })]);
  });
});

describe('normalizeDraft', () => {
  it('moves a default issue date to today', () => {
    const old = { ...emptyDraft('2026-11-01'), clientId: 10, version: 1, clientDueDays: 30 };
    const { draft } = normalizeDraft(old, TODAY);
    expect(draft.issuedOn).toBe(TODAY);
    expect(draft.dueDate).toBe('2027-01-03');
  });

  it('keeps an issue date the user chose', () => {
    const old = { ...emptyDraft('2026-11-01'), issuedOnEdited: true, dueDate: '2026-11-20', dueDateEdited: true, version: 1 };
    const { draft } = normalizeDraft(old, TODAY);
    expect(draft.issuedOn).toBe('2026-11-01');
    expect(draft.dueDate).toBe('2026-11-20');
  });
});

describe('isDraftEmpty', () => {
  it('is true for a fresh form only', () => {
    expect(isDraftEmpty(emptyDraft(TODAY))).toBe(true);
    expect(isDraftEmpty({ ...emptyDraft(TODAY), clientId: 10 })).toBe(false);
  });
});
