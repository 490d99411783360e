/**
 * Steps 1–7 of the guide against any portal, the mock or a real deployment
 * (PORTAL_URL): it prices one more (or one fewer) mailbox, or of the service
 * PORTAL_SERVICE names, and stops at the
 * Order Summary without paying. It knows no fixture figures, so it checks the
 * pages against each other (tests/support/order-consistency.ts): each line
 * follows the billing rule from the date the order was priced on, the lines
 * less any credit make the total due, and the new monthly total is the package
 * plus each new total × unit price read from the domain's details page.
 */
import { guideHeadings } from '../../scripts/guide/catalog';
import { describeInconsistency, orderInconsistencies, type DomainDetailsFigures } from '../support/order-consistency';
import { readDomainDetails, readOrderSummary } from '../support/order-readings';
import { journeyTarget } from '../support/remote';
import { expect, test } from '../support/test';

const step = guideHeadings('add-or-remove-hosted-services');

test.describe('Read-only journey, against the mock or a real deployment', { tag: '@remote' }, () => {
  // Signs in through the Log In form on purpose: steps 1 and 2 of the guide are opening the site and logging in.
  test('prices a change of one service and stops before paying: the pages agree with each other', async ({ pages }) => {
    const target = journeyTarget();
    let details: DomainDetailsFigures | undefined;
    let currentTotal = 0;

    await test.step(step['open-site']!, async () => {
      await pages.login.open();
      await expect(pages.login.heading).toBeVisible();
    });

    await test.step(step['log-in']!, async () => {
      // Through the Log In form on purpose: this is the guide's step 2, walked on the deployment as the customer does.
      await pages.login.logIn(target.email, target.password);
      await expect(pages.nav.services).toBeVisible();
    });

    await test.step(step['my-services']!, async () => {
      await pages.nav.openMyServices();
      await expect(pages.myServices.heading).toBeVisible();
      await expect(pages.myServices.domainRow(target.domain)).toBeVisible();
    });

    await test.step(step['view-details']!, async () => {
      await pages.myServices.viewDetails(target.domain);
      await expect(pages.domainDetails.heading(target.domain)).toBeVisible();
      details = await readDomainDetails(pages.domainDetails);
    });

    await test.step(step['upgrade-downgrade']!, async () => {
      await pages.domainDetails.openUpgradeDowngradeOptions();
      await expect(pages.upgradeDowngrade.heading).toBeVisible();
      await expect(pages.upgradeDowngrade.currentConfiguration).toBeVisible();
      await expect(pages.upgradeDowngrade.newConfiguration).toBeVisible();
    });

    await test.step(step['new-totals']!, async () => {
      currentTotal = Number(await pages.upgradeDowngrade.currentTotal(target.service).innerText());
      await expect(pages.upgradeDowngrade.newTotalField(target.service)).toHaveValue(String(currentTotal));
      // One more, unless the domain is at the top of the range: then one fewer.
      await pages.upgradeDowngrade.setNewTotal(target.service, currentTotal < 250 ? currentTotal + 1 : currentTotal - 1);
      await pages.upgradeDowngrade.clickToContinue();
    });

    await test.step(step['review-order']!, async () => {
      await expect(pages.orderSummary.heading).toBeVisible();
      const summary = await readOrderSummary(pages.orderSummary);
      expect(summary.lines.map((line) => [line.serviceName, line.oldTotal]), 'one line: the change of that service').toEqual([[target.service, currentTotal]]);
      // Each line, the total due and the new monthly total against the rule and the details page (../support/order-consistency.ts).
      expect(orderInconsistencies(details!, summary).map(describeInconsistency), 'figures that break the billing rule').toEqual([]);
      if (summary.totalDueCents > 0) {
        await expect(pages.orderSummary.creditCard).toBeVisible();
        await expect(pages.orderSummary.bankTransfer).toBeVisible();
      }
      // Stop here: nothing is paid, and an unpaid quote changes nothing on the account.
    });
  });
});
