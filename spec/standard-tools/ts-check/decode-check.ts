// Decodes documented pages with the typescript-fetch client generated from the document (spec/target/ts-client),
// as a TypeScript consumer would, and checks that no date is shifted. Run under a non-UTC TZ (the build uses
// America/New_York): a client that read the offset-less wire values as dates would read them as local time there.
// Usage: node decode-check.js <bundled-document.json>
import { readFileSync } from 'fs';
import {
  AzureUsagePageFromJSON,
  PartnerLicensesDeploymentInsightsCollectionFromJSON,
  SearchAnalyticsPageFromJSON,
  SearchAnalyticsPageToJSON,
} from '../../target/ts-client/models/index';

const failures: string[] = [];
function expectEqual(what: string, actual: unknown, expected: unknown): void {
  const ok = actual === expected;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${String(actual)}${ok ? '' : ` (expected ${String(expected)})`}`);
  if (!ok) failures.push(what);
}

const document = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const example = (name: string): unknown => document.components.examples[name].value;

// The check means nothing in UTC: make sure this runs where local time differs from UTC on the example's day.
const zoneOffsetMinutes = new Date('2018-05-27T00:00:00').getTimezoneOffset();
expectEqual(`TZ=${process.env.TZ} differs from UTC on 2018-05-27`, zoneOffsetMinutes !== 0, true);

// 1. Offset-less wire value (format: local-date-time): the client keeps the wire string, nothing is converted.
const usage = AzureUsagePageFromJSON(example('AzureUsagePageAll'));
const usageDate = usage.value?.[0]?.usageDate;
expectEqual('local-date-time usageDate decodes to a string', typeof usageDate, 'string');
expectEqual('local-date-time usageDate is the wire value, unshifted', usageDate, '2018-05-27T00:00:00');
// The document says such values are UTC: read that way, it is the instant the service meant.
expectEqual('usageDate read as UTC (value + "Z")', new Date(`${usageDate}Z`).toISOString(), '2018-05-27T00:00:00.000Z');
// What a redefined date-time made generated clients do (new Date(wire) is local time): shifted by the zone.
console.log(`info what "new Date(wire)" would give here: ${new Date(String(usageDate)).toISOString()}`);

// 2. Wire value with offset (format: date-time): a Date at the same instant.
const insights = PartnerLicensesDeploymentInsightsCollectionFromJSON(example('PartnerLicensesDeploymentInsightsCollection'));
const processed = insights.items?.[1]?.processedDateTime;
expectEqual('date-time processedDateTime decodes to a Date', processed instanceof Date, true);
expectEqual('date-time processedDateTime keeps its instant', processed?.toISOString(), '2017-03-14T03:25:16.360Z');

// 3. Bare date (format: date): typescript-fetch reads it as a Date at LOCAL midnight of that day, so that the
//    calendar day is the stated one in every zone; it writes it back as the same yyyy-MM-dd.
const searchExample = example('SearchAnalyticsPageAll');
const search = SearchAnalyticsPageFromJSON(searchExample);
const searchDate = search.value?.[0]?.searchDate;
expectEqual('date searchDate decodes to a Date', searchDate instanceof Date, true);
const localDay = searchDate && [searchDate.getFullYear(), searchDate.getMonth() + 1, searchDate.getDate()]
  .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
expectEqual('date searchDate keeps its calendar day (local midnight)', localDay, '2018-05-30');
const written = SearchAnalyticsPageToJSON(search) as unknown as { Value: Array<{ searchDate: string }> };
expectEqual('date searchDate is written back unchanged', written.Value[0].searchDate, '2018-05-30');

console.log(`typescript-fetch decoding: ${failures.length === 0 ? 'no date shifted' : `${failures.length} check(s) failed`}`);
process.exit(failures.length === 0 ? 0 : 1);
