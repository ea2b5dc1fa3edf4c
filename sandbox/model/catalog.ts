/**
 * Fixed reference data of the seeded account: currencies, countries, clients, work types,
 * taxes and payment gateways. Company names and addresses are invented.
 */
import type { Country, Currency, PaymentGateway } from './types';

export const CURRENCIES: readonly Currency[] = [
  { id: 1, code: '978', name: 'Euro', symbol: '€', value: 'EUR' },
  { id: 2, code: '840', name: 'US Dollar', symbol: '$', value: 'USD' },
  { id: 3, code: '826', name: 'Pound Sterling', symbol: '£', value: 'GBP' },
  { id: 4, code: '756', name: 'Swiss Franc', symbol: 'CHF', value: 'CHF' },
  { id: 5, code: '356', name: 'Indian Rupee', symbol: '₹', value: 'INR' },
  { id: 6, code: '807', name: 'Macedonian Denar', symbol: 'ден', value: 'MKD' },
  { id: 7, code: '036', name: 'Australian Dollar', symbol: 'A$', value: 'AUD' },
  { id: 8, code: '124', name: 'Canadian Dollar', symbol: 'C$', value: 'CAD' },
  { id: 9, code: '752', name: 'Swedish Krona', symbol: 'kr', value: 'SEK' },
];

export const COUNTRIES: readonly Country[] = [
  { id: 1, name: 'Germany', value: 'DE' },
  { id: 2, name: 'United States', value: 'US' },
  { id: 3, name: 'United Kingdom', value: 'GB' },
  { id: 4, name: 'Switzerland', value: 'CH' },
  { id: 5, name: 'India', value: 'IN' },
  { id: 6, name: 'North Macedonia', value: 'MK' },
  { id: 7, name: 'Australia', value: 'AU' },
  { id: 8, name: 'Canada', value: 'CA' },
  { id: 9, name: 'Sweden', value: 'SE' },
  { id: 10, name: 'Netherlands', value: 'NL' },
];

/** Seed clients. `taxName` picks the tax their items usually carry; null means none. */
export interface ClientSeed {
  name: string;
  email: string;
  address: string;
  countryId: number;
  currencyId: number;
  defaultDueDateInDays: number | null;
  phoneNumber: string | null;
  vat: string | null;
  taxName: string | null;
}

export const CLIENT_SEEDS: readonly ClientSeed[] = [
  { name: 'Nordlicht Media GmbH', email: 'rechnungen@nordlicht-media.de', address: 'Schanzenstraße 12, 20357 Hamburg', countryId: 1, currencyId: 1, defaultDueDateInDays: 14, phoneNumber: '+49 40 5550 1234', vat: 'DE811234567', taxName: 'VAT 19%' },
  { name: 'Harbor & Pine LLC', email: 'ap@harborandpine.com', address: '410 Water St, Portland, ME 04101', countryId: 2, currencyId: 2, defaultDueDateInDays: 30, phoneNumber: null, vat: null, taxName: null },
  { name: 'Kestrel Analytics Ltd', email: 'accounts@kestrel-analytics.co.uk', address: '3 Brewery Yard, Leeds LS1 4DL', countryId: 3, currencyId: 3, defaultDueDateInDays: 30, phoneNumber: '+44 113 496 0123', vat: 'GB123456789', taxName: 'VAT 20%' },
  { name: 'Alpenglühen AG', email: 'buchhaltung@alpengluehen.ch', address: 'Bahnhofstrasse 55, 8001 Zürich', countryId: 4, currencyId: 4, defaultDueDateInDays: null, phoneNumber: '+41 44 555 67 89', vat: 'CHE-123.456.789 MWST', taxName: 'VAT 8.1%' },
  { name: 'Saffron Loop Technologies Pvt Ltd', email: 'finance@saffronloop.in', address: '14 Residency Road, Bengaluru 560025', countryId: 5, currencyId: 5, defaultDueDateInDays: 15, phoneNumber: '+91 80 5555 0199', vat: '29ABCDE1234F1Z5', taxName: 'GST 18%' },
  { name: 'Vardar Print DOOEL', email: 'kontakt@vardarprint.mk', address: 'Partizanska 22, 1000 Skopje', countryId: 6, currencyId: 6, defaultDueDateInDays: 10, phoneNumber: '+389 2 555 1122', vat: 'MK4030009501234', taxName: 'VAT 18%' },
  { name: 'Bluegum Outdoor Pty Ltd', email: 'accounts@bluegumoutdoor.com.au', address: '88 Smith St, Fitzroy VIC 3065', countryId: 7, currencyId: 7, defaultDueDateInDays: 14, phoneNumber: null, vat: '51 824 753 556', taxName: 'GST 10%' },
  { name: 'Maple Ridge Dental', email: 'office@mapleridgedental.ca', address: '220 King St W, Toronto ON M5H 1K4', countryId: 8, currencyId: 8, defaultDueDateInDays: null, phoneNumber: '+1 416 555 0142', vat: null, taxName: 'HST 13%' },
  { name: 'Fjällräv Design AB', email: 'faktura@fjallravdesign.se', address: 'Götgatan 40, 116 21 Stockholm', countryId: 9, currencyId: 9, defaultDueDateInDays: 30, phoneNumber: '+46 8 555 123 45', vat: 'SE556677889901', taxName: 'VAT 25%' },
  { name: 'Tulip Row Architects BV', email: 'administratie@tuliprow.nl', address: 'Keizersgracht 200, 1016 DZ Amsterdam', countryId: 10, currencyId: 1, defaultDueDateInDays: 14, phoneNumber: null, vat: 'NL123456789B01', taxName: 'VAT 21%' },
  { name: 'Brightwater Studio', email: 'hello@brightwater.studio', address: '77 Mission St, San Francisco, CA 94105', countryId: 2, currencyId: 2, defaultDueDateInDays: 7, phoneNumber: '+1 415 555 0175', vat: null, taxName: null },
  { name: 'Ohrid Lake Hotels', email: 'finance@ohridlakehotels.mk', address: 'Kej Makedonija 5, 6000 Ohrid', countryId: 6, currencyId: 1, defaultDueDateInDays: 21, phoneNumber: '+389 46 555 321', vat: 'MK4027009512345', taxName: 'VAT 18%' },
];

export const WORK_TYPE_TITLES: readonly string[] = [
  'Design', 'Development', 'Consulting', 'Copywriting', 'Hosting', 'Maintenance', 'Training', 'Photography',
];

/** Tax name and percent. */
export const TAX_SEEDS: readonly (readonly [string, number])[] = [
  ['VAT 18%', 18], ['VAT 19%', 19], ['VAT 20%', 20], ['VAT 21%', 21], ['VAT 25%', 25],
  ['VAT 8.1%', 8.1], ['GST 10%', 10], ['GST 18%', 18], ['HST 13%', 13],
];

export const GATEWAYS: readonly PaymentGateway[] = [
  { name: 'PayPal', paymentType: 'Paypal', activityType: 'NewPaymentWithPaypal', currencies: ['EUR', 'USD', 'GBP', 'CHF', 'AUD', 'CAD', 'SEK'] },
  { name: 'Stripe', paymentType: 'Stripe', activityType: 'NewPaymentWithStripe', currencies: ['EUR', 'USD', 'GBP', 'CHF', 'INR', 'AUD', 'CAD', 'SEK'] },
  { name: 'Square', paymentType: 'Square', activityType: 'NewPaymentWithSquare', currencies: ['USD', 'GBP', 'AUD', 'CAD', 'EUR'] },
  { name: 'Razorpay', paymentType: 'Razorpay', activityType: 'NewPaymentWithRazorpay', currencies: ['INR', 'USD'] },
  { name: 'Halkbank', paymentType: 'Halkbank', activityType: 'NewPaymentWithHalkbank', currencies: ['MKD', 'EUR'] },
  { name: 'Braintree', paymentType: 'Braintree', activityType: 'NewPaymentWithBraintree', currencies: ['USD', 'EUR', 'GBP', 'AUD'] },
];

export const ITEM_DESCRIPTIONS: Readonly<Record<string, readonly string[]>> = {
  Design: ['Logo refresh', 'Landing page mock-ups', 'Brand guidelines', 'Icon set'],
  Development: ['Checkout integration', 'API client', 'Bug fixes', 'Reporting dashboard'],
  Consulting: ['Architecture review', 'Workshop', 'Monthly retainer'],
  Copywriting: ['Product copy', 'Newsletter', 'Case study'],
  Hosting: ['Managed hosting', 'CDN and backups'],
  Maintenance: ['Security updates', 'Support hours'],
  Training: ['Team onboarding', 'Half-day training'],
  Photography: ['Product shoot', 'Team portraits'],
};
