// The popup's current view, kept in storage.session so closing and reopening the popup (which
// destroys its page) returns to the same view. Session storage ends with the browser session.

import browser from 'webextension-polyfill';

export const POPUP_VIEW_KEY = 'popupView';

export type PopupView = 'activity' | 'new-invoice';

export async function readPopupView(): Promise<PopupView> {
  const { [POPUP_VIEW_KEY]: raw } = await browser.storage.session.get(POPUP_VIEW_KEY);
  return raw === 'new-invoice' ? 'new-invoice' : 'activity';
}

export async function savePopupView(view: PopupView): Promise<void> {
  await browser.storage.session.set({ [POPUP_VIEW_KEY]: view });
}
