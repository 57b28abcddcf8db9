import { TABLE_DEFINITION } from "../packages/core/src/storage/table-definition";

/** The same definition the local store is created from (packages/core/src/storage). */
export const table = new sst.aws.Dynamo("Table", {
  fields: TABLE_DEFINITION.fields,
  primaryIndex: TABLE_DEFINITION.primaryIndex,
  globalIndexes: TABLE_DEFINITION.globalIndexes,
  stream: TABLE_DEFINITION.stream,
  ttl: TABLE_DEFINITION.ttl,
});
