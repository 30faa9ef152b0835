/** Word lists for readable demo data: tenants look like companies, accounts like people and phone menus. */
export const COMPANY_SLUGS = [
  'northwind',
  'contoso',
  'fabrikam',
  'tailspin',
  'adventure-works',
  'wingtip',
  'litware',
  'proseware',
  'woodgrove',
  'alpine-ski',
  'blue-yonder',
  'coho-winery',
  'fourth-coffee',
  'humongous',
  'lucerne',
  'margies-travel',
  'relecloud',
  'trey-research',
  'wide-world',
  'southridge',
] as const;

export const FIRST_NAMES = [
  'anna',
  'ben',
  'chloe',
  'david',
  'elena',
  'farid',
  'grace',
  'hugo',
  'ines',
  'jonas',
  'kira',
  'liam',
  'maya',
  'noah',
  'olga',
  'pablo',
  'quinn',
  'rosa',
  'sami',
  'tara',
] as const;

export const LAST_NAMES = [
  'berg',
  'costa',
  'dubois',
  'evans',
  'fischer',
  'garcia',
  'hansen',
  'ivanova',
  'jensen',
  'kowalski',
  'larsen',
  'meyer',
  'novak',
  'olsen',
  'patel',
  'rossi',
  'schmidt',
  'tanaka',
  'weber',
  'young',
] as const;

export const AUTO_ATTENDANT_NAMES = [
  'Main line',
  'Reception',
  'After hours',
  'Holiday menu',
  'Sales menu',
] as const;
export const CALL_QUEUE_NAMES = [
  'Sales queue',
  'Helpdesk',
  'Billing',
  'Support tier 2',
  'Front desk',
] as const;

export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
