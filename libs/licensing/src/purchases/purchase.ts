import type { PurchaseLicenses } from '../decider/commands';
import type { LedgerEvent, Term } from '../events/events';
import { refuse, type DomainError } from '../decider/domain-error';
import { isPurchaseQuantity, MAX_PURCHASE_QUANTITY } from '../decider/formats';
import { allocationBaseOf } from './quota';
import { countsForAllocation, isSku, LIST_PRICE_CURRENCY, SKU_CATALOG } from '../catalogue/skus';
import { rulebookInForce } from '../rulebooks/rulebook-in-force';
import type { Rulebook } from '../rulebooks/rulebook-names';
import { allocationUnder, policyOfRulebook, qualifyingSkusOf, RULEBOOK_RULES } from '../rulebooks/rulebooks';
import { invalidEndsAt } from '../terms/term-validation';
import type { TenantState } from '../state/tenant-state';

export function decidePurchase(command: PurchaseLicenses, state: TenantState): LedgerEvent[] | DomainError {
  const { purchaseId, sku, quantity, term, now } = command;
  if (!isSku(sku)) return refuse('INVALID_COMMAND', `Unknown SKU ${String(sku)}.`, { field: 'sku', sku });
  if (!isPurchaseQuantity(quantity)) {
    return refuse('INVALID_COMMAND', `Quantity must be an integer from 1 to ${MAX_PURCHASE_QUANTITY}.`, {
      field: 'quantity',
      quantity,
    });
  }
  if (typeof purchaseId !== 'string' || purchaseId.length === 0) {
    return refuse('INVALID_COMMAND', 'A purchase needs a purchase id.');
  }
  // A purchase id names one purchase forever, cancelled, expired or not.
  if (
    state.purchases.has(purchaseId) ||
    state.cancelledPurchases.has(purchaseId) ||
    state.expiredPurchases.has(purchaseId)
  ) {
    return refuse('INVALID_COMMAND', `Purchase id ${purchaseId} is already used.`, { purchaseId });
  }
  if (term !== undefined) {
    // R13: a term ends after the decision.
    const invalid = invalidTerm(term, now);
    if (invalid !== undefined) return invalid;
  }

  const rulebook = rulebookInForce(state);
  const rules = RULEBOOK_RULES[rulebook];
  const definition = SKU_CATALOG[sku];
  const qualifyingSeats = allocationBaseOf(state);
  const allocation = allocationUnder(rulebook, qualifyingSeats);
  let freeQuantity = 0;
  if (definition.allotted) {
    const freeHeld = state.freeVirtualUserSeats;
    const freeLeft = Math.max(0, allocation - freeHeld);
    if (rules.beyondAllocation === 'refused') {
      const refusal = beyondAllocationRefusal(rulebook, qualifyingSeats, allocation, freeHeld, quantity);
      if (refusal !== undefined) return refusal;
    }
    // R10: within the allocation free, the rest at the list price (R3: under 2019/2020 all free).
    freeQuantity = Math.min(quantity, freeLeft);
  }
  const paidQuantity = quantity - freeQuantity;
  const qualifyingSeatsAfter = qualifyingSeats + (countsForAllocation(sku, rulebook) ? quantity : 0);
  return [
    {
      type: 'LicensePurchased',
      data: {
        purchaseId,
        sku,
        quantity,
        // R3: under 2019/2020 the Resource Account seat is free; R10: under current, the list price of a paid seat.
        unitPrice: definition.allotted && rules.beyondAllocation === 'refused' ? 0 : definition.listPriceUsd,
        currency: LIST_PRICE_CURRENCY,
        rulebook,
        policy: policyOfRulebook(rulebook),
        allocationAfter: allocationUnder(rulebook, qualifyingSeatsAfter),
        freeQuantity,
        paidQuantity,
        ...(term === undefined ? {} : { term: { endsAt: term.endsAt, trial: term.trial } }),
      },
    },
  ];
}

/** R3 under the capped rulebooks (2019, 2020): none without a qualifying seat, none beyond A(N). */
function beyondAllocationRefusal(
  rulebook: Rulebook,
  qualifyingSeats: number,
  allocation: number,
  purchased: number,
  requested: number,
): DomainError | undefined {
  const sku = 'PHONE_SYSTEM_VIRTUAL_USER';
  if (qualifyingSeats === 0) {
    return refuse(
      'NOT_QUALIFIED',
      `${sku} needs at least one purchased seat of ${qualifyingSkusOf(rulebook).join(' or ')} ` +
        `under rulebook ${rulebook}; the tenant has none.`,
      { sku, phoneSystemSeats: 0, rulebook },
    );
  }
  if (purchased + requested <= allocation) return undefined;
  return refuse(
    'ALLOCATION_EXCEEDED',
    `The allocation is ${allocation} ${sku} licences (rulebook ${rulebook}, N=${qualifyingSeats}); ` +
      `${purchased} are purchased, so ${Math.max(0, allocation - purchased)} more can be, not ${requested}.`,
    { allocation, purchased, requested, rulebook },
  );
}

function invalidTerm(term: Term, now: string | undefined): DomainError | undefined {
  if (term === null || typeof term !== 'object' || typeof term.trial !== 'boolean') {
    return refuse('INVALID_COMMAND', 'A term is {endsAt, trial} with trial true or false.', {
      field: 'term',
    });
  }
  return invalidEndsAt(term.endsAt, now, 'term.endsAt');
}
