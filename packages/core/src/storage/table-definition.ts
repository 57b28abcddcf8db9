/**
 * The one definition of Bedside's DynamoDB table. Import-free on purpose: `infra/table.ts`
 * spreads it into SST's `sst.aws.Dynamo`, and the local server and tests turn it into a
 * CreateTable request (`create-table-input.ts`). A test proves the two agree.
 *
 * Single-table design: every item key starts with the practice (`P#<practiceId>`), except the
 * global look-ups that sign-in and webhook routing need before a practice is known
 * (`EMAIL#`, `SLUG#`, `ACCOUNT#`, `THROTTLE#`).
 */
export const TABLE_DEFINITION = {
  fields: {
    pk: "string",
    sk: "string",
    gsi1pk: "string",
    gsi1sk: "string",
    gsi2pk: "string",
    gsi2sk: "string",
    gsi3pk: "string",
    gsi3sk: "string",
  },
  primaryIndex: { hashKey: "pk", rangeKey: "sk" },
  globalIndexes: {
    gsi1: { hashKey: "gsi1pk", rangeKey: "gsi1sk" },
    gsi2: { hashKey: "gsi2pk", rangeKey: "gsi2sk" },
    gsi3: { hashKey: "gsi3pk", rangeKey: "gsi3sk" },
  },
  stream: "new-and-old-images",
  ttl: "expiresAt",
} as const;

export type TableDefinition = typeof TABLE_DEFINITION;
export type IndexName = keyof TableDefinition["globalIndexes"];
