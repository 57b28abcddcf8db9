import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";
import { TABLE_DEFINITION } from "./table-definition.ts";

const STREAM_VIEW = { "new-and-old-images": "NEW_AND_OLD_IMAGES" } as const;

/** Turns the shared table definition into the CreateTable request the local store runs. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const def = TABLE_DEFINITION;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: Object.entries(def.fields).map(([name, type]) => ({
      AttributeName: name,
      AttributeType: type === "string" ? "S" : "N",
    })),
    KeySchema: [
      { AttributeName: def.primaryIndex.hashKey, KeyType: "HASH" },
      { AttributeName: def.primaryIndex.rangeKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: Object.entries(def.globalIndexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.hashKey, KeyType: "HASH" },
        { AttributeName: index.rangeKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: STREAM_VIEW[def.stream] },
  };
}
