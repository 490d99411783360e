/**
 * Steps 1–7 of the guide against any portal, the mock or a real deployment
 * (PORTAL_URL): it prices one more (or one fewer) mailbox and stops at the
 * Order Summary without paying. It knows no fixture figures, so it checks the
 * page against itself: each line follows the billing rule from the date the
 * order was priced on, the lines add up to the total due, and the new monthly
 * total is the old one plus the change.
 */
import { guideHeadings } from '../../scripts/guide/catalog';
import { journeyTarget } from '../support/remote';
import { expect, test } from '../support/test';

const step = guideHeadings('add-or-remove-hosted-services');
const MAILBOX = 'Hosted Exchange mailbox';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "$1,234.56" → 123456, "−$3.32" → −332 */
function centsOf(text: string): number {
  const match = /^([−-]?)\$([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not an amount like $1,234.56`);
  const magnitude = Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]);
  return match[1] ? -magnitude : magnitude;
}

test.describe('Read-only journey, against the mock or a real deployment', { tag: '@remote' }, () => {
  test('prices a mailbox change and stops before paying: the summary agrees with itself', async ({ page, pages }) => {
    const target = journeyTarget();
    let monthlyBeforeCents = 0;
    let currentMailboxes = 0;

    await test.step(step['open-site']!, async () => {
      await pages.login.open();
      await expect(pages.login.heading).toBeVisible();
    });

    await test.step(step['log-in']!, async () => {
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
      monthlyBeforeCents = centsOf(await pages.domainDetails.monthlyTotal.innerText());
    });

    await test.step(step['upgrade-downgrade']!, async () => {
      await pages.domainDetails.openUpgradeDowngradeOptions();
      await expect(pages.upgradeDowngrade.heading).toBeVisible();
      await expect(pages.upgradeDowngrade.currentConfiguration).toBeVisible();
      await expect(pages.upgradeDowngrade.newConfiguration).toBeVisible();
    });

    await test.step(step['new-totals']!, async () => {
      currentMailboxes = Number(await pages.upgradeDowngrade.currentTotal(MAILBOX).innerText());
      await expect(pages.upgradeDowngrade.newTotalField(MAILBOX)).toHaveValue(String(currentMailboxes));
      // One more, unless the domain is at the top of the range: then one fewer.
      await pages.upgradeDowngrade.setNewTotal(MAILBOX, currentMailboxes < 250 ? currentMailboxes + 1 : currentMailboxes - 1);
      await pages.upgradeDowngrade.clickToContinue();
    });

    await test.step(step['review-order']!, async () => {
      await expect(pages.orderSummary.heading).toBeVisible();
      const [, monthName, day, year] = /priced on ([A-Z][a-z]+) (\d{1,2}), (\d{4})/.exec(await pages.orderSummary.pricedOn.innerText())!;
      const month = MONTHS.indexOf(monthName!) + 1;
      expect(month, `"${monthName}" is a month`).toBeGreaterThan(0);
      const monthLength = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
      const daysCharged = monthLength - Number(day) + 1;

      await expect(pages.orderSummary.orderLines).toHaveCount(1);
      const cells = await pages.orderSummary.lineCells(MAILBOX).allInnerTexts();
      const [oldTotal, newTotal, change, unitPrice, days, amount] = cells.map((cell) => cell.trim());
      const delta = Number(newTotal) - Number(oldTotal);
      expect(Number(oldTotal), 'current total').toBe(currentMailboxes);
      expect(change, 'change = new − old').toBe(delta > 0 ? `+${delta}` : `−${-delta}`);
      expect(days, `days charged from the priced-on date ${monthName} ${day}, ${year}`).toBe(`${daysCharged} of ${monthLength} days`);
      const exact = (delta * centsOf(unitPrice!) * daysCharged) / monthLength;
      expect(centsOf(amount!), `${change} × ${unitPrice} × ${daysCharged}/${monthLength}, rounded half away from zero`).toBe(
        Math.sign(exact) * Math.round(Math.abs(exact)),
      );

      const sum = centsOf(amount!);
      const creditApplied = (await pages.orderSummary.creditApplied.count()) ? -centsOf(await pages.orderSummary.creditApplied.innerText()) : 0;
      expect(centsOf(await pages.orderSummary.totalDue.innerText()), 'total due = Σ lines − credit applied, never below zero').toBe(Math.max(0, sum - creditApplied));
      expect(centsOf(await pages.orderSummary.newMonthlyTotal.innerText()), 'new monthly total = old monthly total + change × unit price').toBe(
        monthlyBeforeCents + delta * centsOf(unitPrice!),
      );
      if (sum > creditApplied) {
        await expect(pages.orderSummary.creditCard).toBeVisible();
        await expect(pages.orderSummary.bankTransfer).toBeVisible();
      }
      // Stop here: nothing is paid, and an unpaid quote changes nothing on the account.
    });
  });
});
